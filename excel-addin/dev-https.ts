import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * HTTPS options for the dev server on https://localhost:3000 (Office loads add-ins over https only).
 * office-addin-dev-certs generates a localhost certificate and installs its CA as trusted; the
 * install step needs admin rights (sudo on Linux, a prompt on Windows and macOS). Where it cannot
 * install (a container without sudo, CI), the generated certificate is still served and the
 * message says how to trust the CA by hand, instead of the dev server failing to start.
 */
export async function devHttpsOptions(): Promise<{ cert: Buffer; key: Buffer; ca?: Buffer }> {
  const certs = await import('office-addin-dev-certs');
  try {
    return await certs.getHttpsServerOptions();
  } catch (e) {
    const dir = join(homedir(), '.office-addin-dev-certs');
    if (!existsSync(join(dir, 'localhost.crt'))) await certs.generateCertificates();
    console.warn([
      `Could not install the development CA as trusted (${(e as Error).message.split('\n')[0]}).`,
      `Serving the generated certificate anyway. To trust it, add ${join(dir, 'ca.crt')} to your`,
      'system or browser certificate store (Windows: certutil -addstore root; macOS: Keychain Access;',
      'Linux: copy to /usr/local/share/ca-certificates/ and run update-ca-certificates).',
    ].join('\n'));
    return {
      cert: readFileSync(join(dir, 'localhost.crt')),
      key: readFileSync(join(dir, 'localhost.key')),
      ca: readFileSync(join(dir, 'ca.crt')),
    };
  }
}
