<?php

declare(strict_types=1);

// Workerman TCP service the store's tills talk to. Every message is logged
// with the till's context; Log is a static accessor to one PosLogger.

final class TcpConnection
{
    public string $lastSent = '';

    public function __construct(public readonly string $remoteAddress)
    {
    }

    public function send(string $buffer): void
    {
        $this->lastSent = $buffer;
    }
}

final class Worker
{
    /** @var ?Closure(TcpConnection, string): void */
    public ?Closure $onMessage = null;

    public function __construct(public readonly string $listen)
    {
    }
}

final class LogContextStack
{
    /** @var list<array<string, mixed>> */
    private array $frames = [];

    public function push(array $frame): void
    {
        $this->frames[] = $frame; // leak
    }

    public function pop(): void
    {
        array_pop($this->frames);
    }

    public function merged(): array
    {
        return $this->frames === [] ? [] : array_merge(...$this->frames);
    }

    public function depth(): int
    {
        return count($this->frames);
    }
}

final class PosLogger
{
    private LogContextStack $context;
    private int $written = 0;
    private string $lastLine = '';

    public function __construct(private string $channel, private string $minLevel = 'info')
    {
        $this->context = new LogContextStack();
    }

    public function context(): LogContextStack
    {
        return $this->context;
    }

    public function log(string $level, string $message, array $extra = []): void
    {
        if ($level === 'debug' && $this->minLevel !== 'debug') {
            return;
        }
        $record = $extra + $this->context->merged();
        $this->lastLine = sprintf('[%s] %s.%s: %s %s', date('c'), $this->channel, strtoupper($level), $message, json_encode($record));
        $this->written++;
    }
}

final class Log
{
    private static ?PosLogger $logger = null;

    public static function boot(PosLogger $logger): void
    {
        self::$logger = $logger;
    }

    public static function logger(): PosLogger
    {
        return self::$logger ??= new PosLogger('pos');
    }

    public static function pushContext(array $context): void
    {
        self::logger()->context()->push($context);
    }

    public static function popContext(): void
    {
        self::logger()->context()->pop();
    }

    public static function info(string $message, array $extra = []): void
    {
        self::logger()->log('info', $message, $extra);
    }

    public static function warning(string $message, array $extra = []): void
    {
        self::logger()->log('warning', $message, $extra);
    }
}

final class AgeRestriction
{
    private const RESTRICTED_PREFIXES = ['500029', '500031', '541000'];

    public static function applies(string $ean): bool
    {
        foreach (self::RESTRICTED_PREFIXES as $prefix) {
            if (str_starts_with($ean, $prefix)) {
                return true;
            }
        }
        return false;
    }
}

final class TillMessageHandler
{
    private array $supervisorPins = ['S-0042' => '7391', 'S-0107' => '2288'];

    public function __invoke(TcpConnection $connection, string $data): void
    {
        $message = json_decode($data, true, 16, JSON_THROW_ON_ERROR);
        Log::pushContext($this->contextFor($connection, $message));

        if ($message['type'] === 'scan' && AgeRestriction::applies($message['ean'])) {
            Log::warning('age check required');
            $connection->send(json_encode(['status' => 'needs_supervisor', 'reason' => 'age_restricted']));
            return;
        }

        if ($message['type'] === 'price_override' && !$this->supervisorApproved($message)) {
            Log::warning('price override refused');
            $connection->send(json_encode(['status' => 'needs_supervisor', 'reason' => 'override']));
            return;
        }

        Log::info('till message handled');
        $connection->send(json_encode(['status' => 'ok', 'seq' => $message['seq']]));
        Log::popContext();
    }

    private function contextFor(TcpConnection $connection, array $message): array
    {
        return [
            'request_id' => bin2hex(random_bytes(16)),
            'till' => $message['till'],
            'cashier' => $message['cashier'],
            'store' => $message['store'],
            'remote' => $connection->remoteAddress,
            'terminal' => $message['terminal'] ?? 'unknown',
            'received_at' => date(DATE_RFC3339_EXTENDED),
            'type' => $message['type'],
            'payload' => $message,
        ];
    }

    private function supervisorApproved(array $message): bool
    {
        $pin = $this->supervisorPins[$message['supervisor'] ?? ''] ?? null;
        return $pin !== null && hash_equals($pin, (string) ($message['pin'] ?? ''));
    }
}

Log::boot(new PosLogger('pos-gateway'));
$worker = new Worker('tcp://0.0.0.0:8701');
$worker->onMessage = Closure::fromCallable(new TillMessageHandler());

$eans = ['5000299225004', '5012345678900', '5410000000017', '4006381333931', '5000312001234', '7622210449283'];
$connections = [new TcpConnection('10.20.1.11:51022'), new TcpConnection('10.20.1.12:51874'), new TcpConnection('10.20.1.13:50119')];

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $type = $i % 5 === 4 ? 'price_override' : 'scan';
    $message = [
        'type' => $type,
        'seq' => 10000 + $i,
        'till' => 'T' . ($i % 3 + 1),
        'cashier' => sprintf('C-%04d', 300 + $i % 8),
        'store' => 'LDN-04',
        'terminal' => sprintf('NCR-7772/%s fw 4.18.%d', 'T' . ($i % 3 + 1), $i % 4),
        'ean' => $eans[$i % 6],
        'qty' => 1,
        'scanned_at' => date('Y-m-d\TH:i:s', 1715500000 + $i * 11),
    ];
    if ($type === 'price_override') {
        $message['new_price'] = 99 + $i % 50;
        $message['supervisor'] = 'S-0042';
        $message['pin'] = $i % 2 === 0 ? '7391' : '0000';
    }
    ($worker->onMessage)($connections[$i % 3], json_encode($message));
}
