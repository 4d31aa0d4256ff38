import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP } from 'node:net';
import type { Agent } from 'undici';

/**
 * Feeds come from the internet, never from this machine or its network: a feed address (typed, in an
 * OPML file, or reached by a redirect) that leads to a loopback, private, link-local or otherwise
 * special address is refused. The check runs on every address a name resolves to, at the moment of
 * connecting (so a name cannot resolve differently between a check and the connection), and on every
 * redirect; an address written as a number (`0x7f000001`, `[::1]`) is checked as it stands.
 */

const NOT_PUBLIC = new BlockList();
for (const [network, bits] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  NOT_PUBLIC.addSubnet(network, bits, 'ipv4');
}
for (const [network, bits] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96],
  ['64:ff9b:1::', 48],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  NOT_PUBLIC.addSubnet(network, bits, 'ipv6');
}

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

/** Who a feed may be fetched from. `allowLoopback` is for tests with a server on 127.0.0.1 only. */
export interface NetworkPolicy {
  allowLoopback?: boolean;
}

/** The policy in force: loopback only when a test says so (`BULLETIN_TEST_ALLOW_LOOPBACK_FEEDS=1`). */
export function defaultNetworkPolicy(): NetworkPolicy {
  return { allowLoopback: process.env.BULLETIN_TEST_ALLOW_LOOPBACK_FEEDS === '1' };
}

/** True when `address` (an IP address) is not on the public internet, as the policy sees it. */
export function isRefusedAddress(address: string, policy: NetworkPolicy): boolean {
  const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
  if (policy.allowLoopback && LOOPBACK.check(address, family)) return false;
  return NOT_PUBLIC.check(address, family);
}

/** Why a host is refused, in one sentence; null when it may be fetched (a name is checked when resolved). */
export function refusedHost(url: URL, policy: NetworkPolicy): string | null {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) === 0) return host === 'localhost' || host.endsWith('.localhost') ? refusal(url) : null;
  return isRefusedAddress(host, policy) ? refusal(url) : null;
}

function refusal(url: URL): string {
  return `${url.href} points to this computer or a private network; Bulletin fetches feeds from the internet only.`;
}

/** The error a refused resolution gives; `fetchFeed` turns it into a sentence. */
export class RefusedAddressError extends Error {
  readonly code = 'EBULLETINREFUSED';
  constructor(readonly hostname: string) {
    super(`${hostname} resolves to an address on this computer or a private network`);
  }
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/** `dns.lookup` that refuses a name any of whose addresses is not public. */
export function guardedLookup(policy: NetworkPolicy) {
  return (
    hostname: string,
    options: { all?: boolean } & Record<string, unknown>,
    callback: LookupCallback,
  ): void => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      if (addresses.length === 0 || addresses.some((a) => isRefusedAddress(a.address, policy))) {
        return callback(new RefusedAddressError(hostname), []);
      }
      if (options.all) return callback(null, addresses);
      return callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}

/**
 * An HTTP agent whose every connection goes through the guarded lookup. undici loads here, on the first
 * download, not when the app or the CLI starts (it costs a quarter of a second).
 */
export async function guardedAgent(policy: NetworkPolicy): Promise<Agent> {
  const { Agent: HttpAgent } = await import('undici');
  return new HttpAgent({ connect: { lookup: guardedLookup(policy) as never } });
}
