// The custom-functions script named in the manifest. In the shared runtime the task pane page
// registers the functions itself; this entry does the same when loaded on its own.
import { registerFunctions } from './register-functions.ts';

registerFunctions();
