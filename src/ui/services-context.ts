// How components reach the service layer: one Preact context, set once at the root.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { KioskServices } from '../app/services';

export const ServicesContext = createContext<KioskServices | null>(null);

export function useServices(): KioskServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices() outside <ServicesContext.Provider>');
  return services;
}
