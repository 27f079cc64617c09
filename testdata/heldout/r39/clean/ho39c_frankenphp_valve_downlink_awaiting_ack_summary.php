<?php

declare(strict_types=1);

// FrankenPHP worker mode: POST /valves/{id}/open sends a LoRaWAN downlink to
// a field valve controller. Downlinks are remembered until the network
// server confirms them, so the confirmation webhook can be matched.

if (!function_exists('frankenphp_handle_request')) {
    function frankenphp_handle_request(callable $handler): bool
    {
        static $served = 0;
        if ($served >= (int) (getenv('PHPLEAK_N') ?: 100)) {
            return false;
        }
        $i = $served++;
        $_SERVER['REQUEST_URI'] = sprintf('/valves/VLV-%03d/open', $i % 48);
        $_SERVER['REQUEST_TIME_FLOAT'] = 1719800000.0 + $i * 3.5;
        $_POST = [
            'zone' => sprintf('block-%s%d', chr(65 + $i % 6), 1 + $i % 4),
            'minutes' => 15 + ($i * 7) % 45,
            'requested_by' => ['scheduler', 'agronomist:l.moreau', 'et-model'][$i % 3],
            'reason' => sprintf('ETc deficit %.1f mm over 3 days, soil tension %d kPa at 30 cm', 4.2 + ($i % 30) / 10, 35 + $i % 40),
        ];
        $handler();

        return true;
    }
}

final class ValveCommand
{
    public function __construct(
        public readonly string $valveId,
        public readonly string $zone,
        public readonly int $minutes,
        public readonly string $requestedBy,
        public readonly string $reason,
        public readonly float $issuedAt,
    ) {
    }

    public function encode(): string
    {
        return bin2hex(pack('CnN', 0x01, $this->minutes * 60, (int) $this->issuedAt)) . '|' . $this->valveId;
    }
}

trait CorrelatesDownlinks
{
    /** @var array<int, array{valve: string, zone: string, minutes: int}> */
    private static array $awaitingAck = [];

    protected function rememberDownlink(ValveCommand $command): int
    {
        $ref = spl_object_id($command);
        self::$awaitingAck[$ref] = ['valve' => $command->valveId, 'zone' => $command->zone, 'minutes' => $command->minutes];

        return $ref;
    }

    protected function confirmDownlink(int $ref): ?array
    {
        $command = self::$awaitingAck[$ref] ?? null;
        unset(self::$awaitingAck[$ref]);

        return $command;
    }
}

final class LoraNetworkServer
{
    /** Class C controllers confirm synchronously; class A ones only on their next uplink. */
    public function sendDownlink(string $deviceEui, string $payloadHex, bool $confirmed): bool
    {
        return $confirmed && str_ends_with($deviceEui, '0');
    }
}

final class ValveController
{
    use CorrelatesDownlinks;

    public function __construct(private readonly LoraNetworkServer $lns, private readonly array $deviceEuiByPrefix)
    {
    }

    public function open(string $valveId, array $input, float $now): array
    {
        $command = new ValveCommand(
            $valveId,
            (string) $input['zone'],
            max(1, min(120, (int) $input['minutes'])),
            (string) $input['requested_by'],
            (string) $input['reason'],
            $now,
        );
        $ref = $this->rememberDownlink($command);

        $eui = $this->deviceEuiByPrefix[substr($valveId, 0, 3)] . substr($valveId, -2);
        if ($this->lns->sendDownlink($eui, $command->encode(), true)) {
            $this->confirmDownlink($ref);

            return ['status' => 200, 'state' => 'open'];
        }

        return ['status' => 202, 'state' => 'queued', 'ref' => $ref];
    }
}

$controller = new ValveController(new LoraNetworkServer(), ['VLV' => '70B3D57ED0051']);

while (frankenphp_handle_request(static function () use ($controller): void {
    preg_match('#^/valves/([A-Z]{3}-\d{3})/open$#', $_SERVER['REQUEST_URI'], $m);
    $result = $controller->open($m[1], $_POST, $_SERVER['REQUEST_TIME_FLOAT']);
})) {
    gc_collect_cycles();
}
