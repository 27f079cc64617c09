<?php

declare(strict_types=1);

// Number lookup API (HLR + numbering plan) behind a RoadRunner PSR-7 worker.

final class PSR7WorkerStub
{
    private int $served = 0;

    public function __construct(private int $max)
    {
    }

    public function waitRequest(): ?array
    {
        if ($this->served >= $this->max) {
            return null;
        }
        $i = $this->served++;
        $cc = ['44', '49', '33', '31'][$i % 4];
        return [
            'method' => 'GET',
            'uri' => '/v2/lookup',
            'query' => ['number' => '+' . $cc . ' (0) 7' . str_pad((string) (($i * 2654435761) % 1000000000), 9, '0', STR_PAD_LEFT)],
            'headers' => ['x-request-id' => bin2hex(random_bytes(8)), 'authorization' => 'Bearer tok_' . ($i % 6)],
        ];
    }

    public function respond(int $status, string $body): void
    {
    }
}

/**
 * Request-independent memo shared by the lookup helpers of the worker.
 */
function lookup_memo(string $namespace, string $id, callable $compute): mixed
{
    static $memo = [];
    $key = "{$namespace}:{$id}";
    if (!array_key_exists($key, $memo)) {
        $memo[$key] = $compute();
    }
    return $memo[$key];
}

final class NumberingPlan
{
    // country code => national destination code prefixes of mobile ranges
    private const RANGES = [
        '44' => ['71' => 'EE', '73' => 'Vodafone UK', '74' => 'O2 UK', '75' => 'Three UK', '77' => 'EE', '78' => 'O2 UK', '79' => 'Vodafone UK'],
        '49' => ['70' => 'Telekom DE', '71' => 'Telekom DE', '72' => 'Vodafone DE', '77' => 'O2 DE'],
        '33' => ['70' => 'Orange FR', '73' => 'SFR', '77' => 'Bouygues'],
        '31' => ['70' => 'KPN', '71' => 'VodafoneZiggo', '77' => 'Odido'],
    ];

    public function split(string $e164): ?array
    {
        foreach (self::RANGES as $cc => $ranges) {
            $cc = (string) $cc;
            if (str_starts_with($e164, $cc)) {
                $ndc = substr($e164, strlen($cc), 2);
                return isset($ranges[$ndc]) ? [$cc, $ndc, $ranges[$ndc]] : [$cc, null, null];
            }
        }
        return null;
    }
}

final class HlrGateway
{
    private const NETWORKS = ['23415' => 'Vodafone UK', '23410' => 'O2 UK', '23430' => 'EE', '26201' => 'Telekom DE', '20801' => 'Orange FR', '20416' => 'Odido'];

    public function query(string $e164): array
    {
        $codes = array_keys(self::NETWORKS);
        $mccmnc = (string) $codes[crc32($e164) % count($codes)];
        return [
            'msisdn' => $e164,
            'status' => 'DELIVERED',
            'imsi' => $mccmnc . substr(str_pad((string) crc32(strrev($e164)), 10, '7'), 0, 10),
            'msc' => '447' . substr(md5($e164), 0, 9),
            'mccmnc' => $mccmnc,
            'network' => self::NETWORKS[$mccmnc],
            'roaming' => crc32($e164) % 11 === 0,
            'queried_at' => gmdate('Y-m-d\TH:i:s\Z'),
            'provider_ref' => 'hlr-' . bin2hex(random_bytes(10)),
        ];
    }
}

final class NumberLookupService
{
    public function __construct(private NumberingPlan $plan, private HlrGateway $hlr)
    {
    }

    public function lookup(string $raw): array
    {
        $e164 = $this->normalize($raw);
        $split = $this->plan->split($e164);
        if ($split === null) {
            return ['number' => $e164, 'valid' => false];
        }
        [$cc, $ndc, $rangeHolder] = $split;
        $range = $ndc === null ? null : lookup_memo('range', $cc . $ndc, fn () => $this->describeRange($cc, $ndc, $rangeHolder));
        $live = $this->hlr->query($e164);

        return [
            'number' => '+' . $e164,
            'valid' => true,
            'country_code' => $cc,
            'range_holder' => $rangeHolder,
            'line_type' => $range['type'] ?? 'unknown',
            'current_network' => $live['network'],
            'ported' => $rangeHolder !== null && $rangeHolder !== $live['network'],
            'roaming' => $live['roaming'],
        ];
    }

    private function describeRange(string $cc, string $ndc, string $holder): array
    {
        return [
            'prefix' => '+' . $cc . ' ' . $ndc,
            'type' => 'mobile',
            'holder' => $holder,
            'sms_capable' => true,
        ];
    }

    private function normalize(string $raw): string
    {
        $digits = preg_replace('/\(0\)|\D/', '', $raw);
        return ltrim($digits, '0');
    }
}

$service = new NumberLookupService(new NumberingPlan(), new HlrGateway());
$worker = new PSR7WorkerStub((int) (getenv('PHPLEAK_N') ?: 100));

while ($request = $worker->waitRequest()) {
    try {
        $worker->respond(200, json_encode($service->lookup($request['query']['number'])));
    } catch (Throwable $e) {
        $worker->respond(500, $e->getMessage());
    }
}
