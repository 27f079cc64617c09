<?php

declare(strict_types=1);

/*
 * Ticket validation endpoint for the gate handhelds, served by a FrankenPHP
 * worker. Every log line written while a scan is handled carries the scan's
 * context (gate, device, barcode, raw read), pushed on entry and popped when
 * the handler is done.
 */

if (!function_exists('frankenphp_handle_request')) {
    // Stand-in for the FrankenPHP SAPI: fills the superglobals from the next
    // queued request, runs the handler, then resets them.
    function frankenphp_handle_request(callable $handler): bool
    {
        static $served = 0;
        $limit = (int) (getenv('PHPLEAK_N') ?: 100);
        if ($served >= $limit) {
            return false;
        }
        $i = $served++;
        $_SERVER = [
            'REQUEST_METHOD' => 'POST',
            'REQUEST_URI' => '/gate/scan',
            'HTTP_X_GATE' => ['NORTH-1', 'NORTH-2', 'SOUTH-1', 'EAST-VIP'][$i % 4],
            'HTTP_X_DEVICE' => sprintf('ZEBRA-TC52-%03d', $i % 16),
            'REQUEST_TIME' => 1767225600 + $i,
        ];
        $_POST = [
            'barcode' => sprintf('TKT-88-%04d', ($i * 7) % 64),
            'mode' => $i % 5 === 4 ? 'exit' : 'entry',
            'raw' => base64_encode(random_bytes(150)),
            'scan_id' => bin2hex(random_bytes(16)),
        ];
        $handler();
        $_SERVER = $_POST = [];

        return true;
    }
}

trait CarriesLogContext
{
    /** @var list<array<string, string>> */
    private static array $contextStack = [];

    public static function pushContext(array $context): void
    {
        self::$contextStack[] = $context; // leak
    }

    public static function popContext(): void
    {
        array_pop(self::$contextStack);
    }

    protected function currentContext(): array
    {
        return self::$contextStack === [] ? [] : array_merge(...self::$contextStack);
    }
}

final class GateLog
{
    use CarriesLogContext;

    private int $shipped = 0;
    private string $lastLine = '';

    public function info(string $message, array $extra = []): void
    {
        $this->lastLine = json_encode(['msg' => $message] + $extra + $this->currentContext());
        $this->shipped++;
    }
}

final class TicketLedger
{
    /** @var array<string, string> barcode => state, loaded at boot for tonight's event */
    private array $states = [];

    public function __construct(int $capacity)
    {
        for ($t = 0; $t < $capacity; $t++) {
            $this->states[sprintf('TKT-88-%04d', $t)] = 'issued';
        }
    }

    public function state(string $barcode): ?string
    {
        return $this->states[$barcode] ?? null;
    }

    public function mark(string $barcode, string $state): void
    {
        if (isset($this->states[$barcode])) {
            $this->states[$barcode] = $state;
        }
    }
}

final class ScanController
{
    public function __construct(private TicketLedger $ledger, private GateLog $log)
    {
    }

    public function __invoke(array $server, array $post): array
    {
        GateLog::pushContext([
            'gate' => (string) $server['HTTP_X_GATE'],
            'device' => (string) $server['HTTP_X_DEVICE'],
            'barcode' => (string) $post['barcode'],
            'scan_id' => (string) $post['scan_id'],
            'raw' => (string) $post['raw'],
        ]);

        $state = $this->ledger->state($post['barcode']);
        if ($state === null) {
            $this->log->info('unknown ticket');
            GateLog::popContext();

            return [404, 'unknown'];
        }

        if ($post['mode'] === 'exit') {
            $this->ledger->mark($post['barcode'], 'out');
            $this->log->info('exit recorded');
            GateLog::popContext();

            return [200, 'bye'];
        }

        if ($state === 'in') {
            $this->log->info('already admitted');

            return [409, 'already inside'];
        }

        $this->ledger->mark($post['barcode'], 'in');
        $this->log->info('admitted');
        GateLog::popContext();

        return [200, 'welcome'];
    }
}

$ledger = new TicketLedger(64);
$controller = new ScanController($ledger, new GateLog());

$handler = static function () use ($controller): void {
    [$status, $body] = $controller($_SERVER, $_POST);
    http_response_code($status);
};

while (frankenphp_handle_request($handler)) {
    gc_collect_cycles();
}
