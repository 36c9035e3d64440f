import { createContext, useContext, type ReactNode } from 'react';
import type { HostContext } from '../office/types';

/** The host for components deep in the tree (downloads need to know where they run). */
const Host = createContext<HostContext | undefined>(undefined);

export function HostProvider({ host, children }: { host: HostContext; children: ReactNode }) {
  return <Host.Provider value={host}>{children}</Host.Provider>;
}

/** The pane's host; undefined outside a provider (then files are offered as browser downloads). */
export function useHost(): HostContext | undefined {
  return useContext(Host);
}
