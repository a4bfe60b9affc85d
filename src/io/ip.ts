/**
 * @module
 * Classifies IP addresses for the fetch guard: which ones a server must never be tricked into
 * contacting (loopback, private networks, link-local, cloud metadata, ...). Handles IPv4, IPv6 and
 * the IPv6 forms that embed an IPv4 address (mapped `::ffff:a.b.c.d`, NAT64, 6to4), so that
 * `::ffff:127.0.0.1` is treated exactly like `127.0.0.1`.
 */
import { isIP } from 'node:net';

/** What an address is; anything but `public` is refused by the fetch guard unless private access is allowed. */
export type AddressClass =
  | 'public'
  | 'loopback'
  | 'private'
  | 'link-local'
  | 'unique-local'
  | 'cgnat'
  | 'unspecified'
  | 'multicast'
  | 'broadcast'
  | 'metadata'
  | 'documentation'
  | 'reserved'
  | 'invalid';

/** IPv4 ranges that are not on the public internet: [first octets as a number, prefix length, class]. */
const IPV4_RANGES: ReadonlyArray<[string, number, AddressClass]> = [
  ['169.254.169.254', 32, 'metadata'], // AWS, GCP, Azure, OpenStack instance metadata
  ['0.0.0.0', 8, 'unspecified'],
  ['10.0.0.0', 8, 'private'],
  ['100.64.0.0', 10, 'cgnat'], // also holds Alibaba's 100.100.100.200 metadata address
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local'],
  ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'reserved'], // IETF protocol assignments (incl. 192.0.0.192 metadata)
  ['192.0.2.0', 24, 'documentation'],
  ['192.88.99.0', 24, 'reserved'], // 6to4 relay anycast
  ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'reserved'], // benchmarking
  ['198.51.100.0', 24, 'documentation'],
  ['203.0.113.0', 24, 'documentation'],
  ['224.0.0.0', 4, 'multicast'],
  ['255.255.255.255', 32, 'broadcast'],
  ['240.0.0.0', 4, 'reserved'],
];

function ipv4ToInt(ip: string): number {
  const parts = ip.split('.').map(Number);
  return (((parts[0]! << 24) | (parts[1]! << 16) | (parts[2]! << 8) | parts[3]!) >>> 0);
}

const IPV4_TABLE = IPV4_RANGES.map(([base, bits, cls]) => {
  const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
  return { net: (ipv4ToInt(base) & mask) >>> 0, mask, cls };
});

function classifyV4Int(n: number): AddressClass {
  for (const r of IPV4_TABLE) if (((n & r.mask) >>> 0) === r.net) return r.cls;
  return 'public';
}

/** Strips `[...]` brackets and an IPv6 zone (`%eth0`). */
function bare(ip: string): string {
  let s = ip.trim();
  if (s.startsWith('[') && s.endsWith(']')) s = s.slice(1, -1);
  const zone = s.indexOf('%');
  return zone >= 0 ? s.slice(0, zone) : s;
}

/** Parses a valid IPv6 address into its eight 16-bit groups. */
function parseIPv6(ip: string): number[] {
  let s = ip.toLowerCase();
  const lastColon = s.lastIndexOf(':');
  const last = s.slice(lastColon + 1);
  if (last.includes('.')) {
    // Embedded dotted quad: rewrite it as two hex groups.
    const v4 = ipv4ToInt(last);
    s = `${s.slice(0, lastColon + 1)}${(v4 >>> 16).toString(16)}:${(v4 & 0xffff).toString(16)}`;
  }
  const toGroups = (x: string): number[] => (x === '' ? [] : x.split(':').map((g) => parseInt(g, 16)));
  const [head = '', rest] = s.split('::');
  if (rest === undefined) return toGroups(head);
  const h = toGroups(head);
  const t = toGroups(rest);
  return [...h, ...new Array<number>(Math.max(0, 8 - h.length - t.length)).fill(0), ...t];
}

function classifyV6(g: number[]): AddressClass {
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0, g6 = 0, g7 = 0] = g;
  const v4 = ((g6 << 16) | g7) >>> 0;
  const firstFiveZero = g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0;
  if (firstFiveZero && g5 === 0) {
    if (g6 === 0 && g7 === 0) return 'unspecified';
    if (g6 === 0 && g7 === 1) return 'loopback';
    return classifyV4Int(v4); // IPv4-compatible (deprecated) ::a.b.c.d
  }
  if (firstFiveZero && g5 === 0xffff) return classifyV4Int(v4); // IPv4-mapped ::ffff:a.b.c.d
  if (g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0xffff && g5 === 0) return classifyV4Int(v4); // IPv4-translated
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) return classifyV4Int(v4); // NAT64
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 1) return 'reserved'; // local-use NAT64
  if (g0 === 0x2002) return classifyV4Int(((g1 << 16) | g2) >>> 0); // 6to4 embeds an IPv4 address
  if (g0 === 0x2001 && g1 === 0) return 'reserved'; // Teredo: tunnels to an obfuscated IPv4 address
  if (g0 === 0x2001 && g1 === 0xdb8) return 'documentation';
  if (g0 === 0x100 && g1 === 0 && g2 === 0 && g3 === 0) return 'reserved'; // discard prefix
  if (g0 === 0xfd00 && g1 === 0x0ec2 && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0 && g6 === 0 && g7 === 0x254) {
    return 'metadata'; // AWS IPv6 instance metadata
  }
  if ((g0 & 0xfe00) === 0xfc00) return 'unique-local';
  if ((g0 & 0xffc0) === 0xfe80) return 'link-local';
  if ((g0 & 0xffc0) === 0xfec0) return 'private'; // deprecated site-local
  if ((g0 & 0xff00) === 0xff00) return 'multicast';
  return 'public';
}

/**
 * Says what kind of address `ip` is (IPv4 or IPv6, brackets and zone allowed).
 * @returns `public` for an ordinary internet address, `invalid` when `ip` is not an IP address at all
 */
export function classifyAddress(ip: string): AddressClass {
  const s = bare(ip);
  const v = isIP(s);
  if (v === 4) return classifyV4Int(ipv4ToInt(s));
  if (v === 6) return classifyV6(parseIPv6(s));
  return 'invalid';
}

/** True when a server-side fetch must not connect to `ip` (anything but a public address). */
export function isForbiddenAddress(ip: string): boolean {
  return classifyAddress(ip) !== 'public';
}

/** `ip` without brackets or zone, for use as a socket address. */
export function bareAddress(ip: string): string {
  return bare(ip);
}
