<?php

declare(strict_types=1);

// Inbound (MO) SMS on a short code, received over an SMPP receiver bind in an
// AMPHP process: every deliver_sm is routed on its keyword.

final class EventLoop
{
    private static ?SplQueue $deferred = null;

    public static function defer(Closure $callback): string
    {
        self::$deferred ??= new SplQueue();
        self::$deferred->enqueue($callback);
        return 'cb' . spl_object_id($callback);
    }

    public static function run(): void
    {
        while (self::$deferred !== null && !self::$deferred->isEmpty()) {
            (self::$deferred->dequeue())();
        }
    }
}

final class ContextLogger
{
    /** @var list<array<string, mixed>> */
    private array $contexts = [];
    /** @var resource */
    private $stream;

    public function __construct(string $path)
    {
        $this->stream = fopen($path, 'ab');
    }

    public function pushContext(array $context): void
    {
        $this->contexts[] = $context;
    }

    public function popContext(): void
    {
        array_pop($this->contexts);
    }

    public function info(string $message, array $context = []): void
    {
        $merged = $context;
        foreach ($this->contexts as $scope) {
            $merged += $scope;
        }
        fwrite($this->stream, json_encode(['level' => 'info', 'msg' => $message, 'ctx' => $merged]) . "\n");
    }
}

final class InboundSms
{
    public function __construct(
        public readonly string $id,
        public readonly string $msisdn,
        public readonly string $shortCode,
        public readonly string $text,
        public readonly string $pduHex,
        public readonly int $receivedAt,
        public readonly array $tlvs = [],
    ) {
    }
}

final class KeywordMatcher
{
    private const ALIASES = [
        'STOP' => 'STOP', 'STOPALL' => 'STOP', 'UNSUBSCRIBE' => 'STOP', 'END' => 'STOP', 'QUIT' => 'STOP',
        'HELP' => 'HELP', 'INFO' => 'HELP',
        'JOIN' => 'JOIN', 'START' => 'JOIN', 'YES' => 'JOIN',
    ];

    public function match(string $text): ?string
    {
        $first = strtoupper(strtok(trim($text), " \t\n") ?: '');
        return self::ALIASES[$first] ?? null;
    }
}

final class SubscriberStore
{
    // Remote store (Redis over amphp/redis in production): nothing is kept here.
    private int $writes = 0;

    public function optOut(string $shortCode, string $msisdn): void
    {
        $this->writes++;
    }

    public function optIn(string $shortCode, string $msisdn, string $campaign): void
    {
        $this->writes++;
    }
}

final class MoRouter
{
    private int $replies = 0;

    public function __construct(
        private ContextLogger $logger,
        private KeywordMatcher $keywords,
        private SubscriberStore $subscribers,
        private array $campaignByShortCode,
    ) {
    }

    public function handle(InboundSms $sms): void
    {
        $this->logger->pushContext([
            'mo_id' => $sms->id,
            'msisdn' => $sms->msisdn,
            'short_code' => $sms->shortCode,
            'text' => $sms->text,
            'pdu' => $sms->pduHex,
            'received_at' => date(DATE_RFC3339_EXTENDED, $sms->receivedAt),
            'trace_id' => bin2hex(random_bytes(16)),
            'tlv' => $sms->tlvs,
        ]);

        try {
            $this->route($sms);
        } finally {
            $this->logger->popContext();
        }
    }

    private function route(InboundSms $sms): void
    {
        $keyword = $this->keywords->match($sms->text);
        if ($keyword === 'STOP') {
            $this->subscribers->optOut($sms->shortCode, $sms->msisdn);
            $this->reply($sms, 'You have been unsubscribed and will receive no further messages. Reply START to resubscribe.');
            $this->logger->info('opt-out recorded');
            return;
        }

        if ($keyword === 'HELP') {
            $this->reply($sms, 'Acme Alerts: up to 4 msgs/month. Msg&data rates may apply. Reply STOP to cancel.');
        } elseif ($keyword === 'JOIN') {
            $campaign = $this->campaignByShortCode[$sms->shortCode] ?? 'general';
            $this->subscribers->optIn($sms->shortCode, $sms->msisdn, $campaign);
            $this->reply($sms, 'Welcome to Acme Alerts! Reply HELP for help, STOP to cancel.');
        } else {
            $this->logger->info('unmatched MO forwarded to inbox');
        }
    }

    private function reply(InboundSms $sms, string $text): void
    {
        $this->replies++;
        $this->logger->info('MT reply queued', ['reply_len' => strlen($text)]);
    }
}

function ucs2_from_ascii(string $text): string
{
    $out = '';
    foreach (str_split($text) as $ch) {
        $out .= "\x00" . $ch;
    }
    return $out;
}

$logger = new ContextLogger('/dev/null');
$router = new MoRouter($logger, new KeywordMatcher(), new SubscriberStore(), ['60060' => 'alerts', '88222' => 'promo']);

$bodies = ['STOP', 'Stop sending me these texts please, I never signed up', 'HELP', 'JOIN', 'unsubscribe me from all of your lists', 'Hi, what time does the store open on Sunday?', 'END', 'yes'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $text = $bodies[$i % count($bodies)] . ($i % 2 ? '' : ' ' . substr(sha1((string) $i), 0, 8));
    $sms = new InboundSms(
        sprintf('mo-%s-%06d', date('Ymd'), $i),
        '447' . str_pad((string) (($i * 69621) % 1000000000), 9, '0', STR_PAD_LEFT),
        $i % 3 ? '60060' : '88222',
        $text,
        bin2hex("\x00\x01\x01" . str_pad((string) $i, 12, '0') . "\x00\x00\x00" . ucs2_from_ascii($text)),
        time(),
        ['network_code' => ['23415', '23410', '23430'][$i % 3], 'source_port' => 0, 'sar_msg_ref_num' => $i & 0xffff, 'smsc' => 'smpp-rx-0' . ($i % 2)],
    );
    EventLoop::defer(static fn () => $router->handle($sms));
    EventLoop::run();
}
