/** Builds window.council from the channel list over ipcRenderer.invoke. Nothing else is exposed. */
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS } from '../shared/ipc/channels';
import { buildCouncilApi } from '../shared/ipc/council-api';

contextBridge.exposeInMainWorld(
  'council',
  buildCouncilApi(CHANNELS, (channel, payload) => ipcRenderer.invoke(channel, payload)),
);
