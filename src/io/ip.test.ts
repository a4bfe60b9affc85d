import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyAddress, isForbiddenAddress } from './ip.js';

test('IPv4 ranges are classified', () => {
  const cases: Array<[string, string]> = [
    ['127.0.0.1', 'loopback'],
    ['127.255.1.2', 'loopback'],
    ['0.0.0.0', 'unspecified'],
    ['0.1.2.3', 'unspecified'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['172.32.0.1', 'public'],
    ['192.168.1.1', 'private'],
    ['169.254.10.10', 'link-local'],
    ['169.254.169.254', 'metadata'],
    ['100.64.0.1', 'cgnat'],
    ['100.127.255.254', 'cgnat'],
    ['100.128.0.1', 'public'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['240.0.0.1', 'reserved'],
    ['8.8.8.8', 'public'],
    ['93.184.216.34', 'public'],
  ];
  for (const [ip, cls] of cases) assert.equal(classifyAddress(ip), cls, ip);
});

test('IPv6 ranges are classified, brackets and zones accepted', () => {
  const cases: Array<[string, string]> = [
    ['::1', 'loopback'],
    ['[::1]', 'loopback'],
    ['::', 'unspecified'],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['febf::1', 'link-local'],
    ['fc00::1', 'unique-local'],
    ['fd12:3456::1', 'unique-local'],
    ['fd00:ec2::254', 'metadata'],
    ['ff02::1', 'multicast'],
    ['2001:db8::1', 'documentation'],
    ['2606:4700:4700::1111', 'public'],
    ['2a00:1450:4001:80b::200e', 'public'],
  ];
  for (const [ip, cls] of cases) assert.equal(classifyAddress(ip), cls, ip);
});

test('IPv6 forms embedding an IPv4 address are judged by that address', () => {
  assert.equal(classifyAddress('::ffff:127.0.0.1'), 'loopback');
  assert.equal(classifyAddress('::ffff:7f00:1'), 'loopback');
  assert.equal(classifyAddress('[::ffff:127.0.0.1]'), 'loopback');
  assert.equal(classifyAddress('::ffff:10.0.0.1'), 'private');
  assert.equal(classifyAddress('::ffff:169.254.169.254'), 'metadata');
  assert.equal(classifyAddress('::ffff:8.8.8.8'), 'public');
  assert.equal(classifyAddress('0:0:0:0:0:ffff:c0a8:0101'), 'private');
  assert.equal(classifyAddress('::127.0.0.1'), 'loopback');
  assert.equal(classifyAddress('64:ff9b::10.0.0.1'), 'private');
  assert.equal(classifyAddress('64:ff9b::8.8.8.8'), 'public');
  assert.equal(classifyAddress('2002:7f00:1::'), 'loopback');
  assert.equal(classifyAddress('2002:0808:0808::1'), 'public');
});

test('not an address', () => {
  assert.equal(classifyAddress('example.com'), 'invalid');
  assert.equal(classifyAddress('300.1.1.1'), 'invalid');
  assert.equal(isForbiddenAddress('example.com'), true);
  assert.equal(isForbiddenAddress('1.1.1.1'), false);
  assert.equal(isForbiddenAddress('0.0.0.0'), true);
  assert.equal(isForbiddenAddress('[::1]'), true);
});
