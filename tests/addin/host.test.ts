import { detectHost, officeHostInfo, platformOfHostInfo, type OfficeLike } from '../../src/office/host';

const office = (onReady: OfficeLike['onReady']): OfficeLike => ({ onReady });

describe('detectHost', () => {
  test('no Office global → browser mode, office-js-missing', async () => {
    await expect(detectHost({ office: undefined, timeoutMs: 50 })).resolves.toEqual({
      kind: 'browser',
      reason: 'office-js-missing',
    });
  });

  test('an Office global without onReady counts as missing', async () => {
    await expect(detectHost({ office: {} as OfficeLike, timeoutMs: 50 })).resolves.toEqual({
      kind: 'browser',
      reason: 'office-js-missing',
    });
  });

  test('?host=browser wins even inside Excel, without asking Office', async () => {
    const onReady = jest.fn(async () => ({ host: 'Excel', platform: 'PC' }));
    await expect(detectHost({ office: office(onReady), timeoutMs: 50, forceBrowser: true })).resolves.toEqual(
      {
        kind: 'browser',
        reason: 'forced',
      },
    );
    expect(onReady).not.toHaveBeenCalled();
  });

  test('office.js outside Office (host null) → not-in-office', async () => {
    await expect(
      detectHost({ office: office(async () => ({ host: null, platform: null })), timeoutMs: 50 }),
    ).resolves.toEqual({ kind: 'browser', reason: 'not-in-office' });
  });

  test('Excel → excel mode with its platform', async () => {
    await expect(
      detectHost({
        office: office(async () => ({ host: 'Excel', platform: 'OfficeOnline' })),
        timeoutMs: 50,
      }),
    ).resolves.toEqual({ kind: 'excel', platform: 'OfficeOnline' });
  });

  test('another Office application → unsupported-host naming it', async () => {
    await expect(
      detectHost({ office: office(async () => ({ host: 'Word', platform: 'PC' })), timeoutMs: 50 }),
    ).resolves.toEqual({ kind: 'browser', reason: 'unsupported-host', hostName: 'Word' });
  });

  test('Office that never answers → office-timeout after the timeout', async () => {
    const started = Date.now();
    const decision = await detectHost({ office: office(() => new Promise(() => undefined)), timeoutMs: 80 });
    expect(decision).toEqual({ kind: 'browser', reason: 'office-timeout' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(70);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  test('onReady that throws synchronously or rejects → office-js-missing', async () => {
    const throwing = office(() => {
      throw new Error('boom');
    });
    await expect(detectHost({ office: throwing, timeoutMs: 50 })).resolves.toEqual({
      kind: 'browser',
      reason: 'office-js-missing',
    });
    await expect(
      detectHost({ office: office(() => Promise.reject(new Error('x'))), timeoutMs: 50 }),
    ).resolves.toEqual({ kind: 'browser', reason: 'office-js-missing' });
  });

  test('opened by Excel (host information in the address) without office.js → office-js-failed, with host and platform', async () => {
    const hostInfo = officeHostInfo('?view=validate&_host_Info=Excel$Win32$16.01$zh-CN$$$$0');
    await expect(detectHost({ office: undefined, timeoutMs: 50, hostInfo })).resolves.toEqual({
      kind: 'browser',
      reason: 'office-js-failed',
      hostName: 'Excel',
      hostPlatform: 'PC',
    });
  });

  test('opened by Excel, office.js loaded but silent → office-js-failed, not a quiet browser mode', async () => {
    const hostInfo = officeHostInfo('?_host_Info=Excel$Mac$16.00$zh-CN$telemetry$$$0');
    await expect(
      detectHost({ office: office(() => new Promise(() => undefined)), timeoutMs: 30, hostInfo }),
    ).resolves.toMatchObject({ kind: 'browser', reason: 'office-js-failed', hostPlatform: 'Mac' });
    await expect(
      detectHost({ office: office(() => Promise.reject(new Error('x'))), timeoutMs: 30, hostInfo }),
    ).resolves.toMatchObject({ reason: 'office-js-failed' });
  });

  test('a plain browser where taskpane.html did not load office.js at all → not-in-office', async () => {
    await expect(
      detectHost({
        office: undefined,
        timeoutMs: 50,
        boot: { engine: 'ok', officeJs: 'skipped', inOffice: false },
      }),
    ).resolves.toEqual({ kind: 'browser', reason: 'not-in-office' });
  });
});

describe('officeHostInfo (the parameters Office adds to the pane address)', () => {
  test('$- and |-separated forms, encoded or not, and Office dialogs’ JSON window name', () => {
    expect(officeHostInfo('?_host_Info=Excel$Win32$16.01$zh-CN$$$$0')).toEqual({
      host: 'excel',
      platform: 'win32',
    });
    expect(officeHostInfo('?a=1&_host_Info=Excel%24Web%2416.00%24zh-CN')).toEqual({
      host: 'excel',
      platform: 'web',
    });
    expect(officeHostInfo('?_host_Info=Excel|Mac|16.00|zh-CN')).toEqual({ host: 'excel', platform: 'mac' });
    expect(officeHostInfo('', JSON.stringify({ hostInfo: 'Excel$Win32$16.01$en-US' }))).toEqual({
      host: 'excel',
      platform: 'win32',
    });
    expect(officeHostInfo('?view=review')).toBeNull();
    expect(officeHostInfo('', 'not json hostInfo')).toBeNull();
    expect(platformOfHostInfo({ host: 'excel', platform: 'web' })).toBe('OfficeOnline');
  });
});
