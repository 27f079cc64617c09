<?php

declare(strict_types=1);

namespace App\Services\Throttle {

    final class Hit
    {
        public function __construct(
            public readonly float $at,
            public readonly string $recipient,
            public readonly string $template,
            public readonly string $requestId,
        ) {
        }
    }

    /**
     * Fixed-window limiter for outbound providers (the SMS account allows
     * N messages per minute). Keeps the most recent hits so that
     * /admin/throttle can show what was sent. Bound as an Octane singleton.
     */
    final class OutboundThrottle
    {
        private const KEEP_RECENT = 50;

        /** @var array<string, array{start: int, count: int}> */
        private array $windows = [];

        /** @var array<string, list<Hit>> */
        private array $recent = [];

        /** @param array<string, array{max: int, window: int}> $limits */
        public function __construct(private readonly array $limits)
        {
        }

        public function attempt(string $provider, Hit $hit): bool
        {
            $limit = $this->limits[$provider] ?? throw new \InvalidArgumentException("Unknown provider {$provider}");
            $start = intdiv((int) $hit->at, $limit['window']) * $limit['window'];
            $window = $this->windows[$provider] ?? ['start' => $start, 'count' => 0];

            if ($window['start'] !== $start) {
                // new window: reset the counter and compact the diagnostics log
                $window = ['start' => $start, 'count' => 0];
                $this->recent[$provider] = array_slice($this->recent[$provider] ?? [], -self::KEEP_RECENT);
            }
            if ($window['count'] >= $limit['max']) {
                return false;
            }
            $window['count']++;
            $this->windows[$provider] = $window;
            $this->recent[$provider][] = $hit; // leak

            return true;
        }

        /** @return list<Hit> */
        public function recent(string $provider): array
        {
            return array_slice($this->recent[$provider] ?? [], -self::KEEP_RECENT);
        }
    }
}

namespace App\Services {

    use App\Services\Throttle\Hit;
    use App\Services\Throttle\OutboundThrottle;

    final class SmsNotifier
    {
        private int $deferred = 0;

        public function __construct(private readonly OutboundThrottle $throttle)
        {
        }

        public function send(string $to, string $template, array $vars, string $requestId): bool
        {
            $hit = new Hit(microtime(true), $to, $template, $requestId);
            if (!$this->throttle->attempt('twilio', $hit)) {
                $this->deferred++;

                return false; // would be released back onto the queue
            }
            $body = strtr($this->templates()[$template], $vars);

            return strlen($body) <= 480;
        }

        private function templates(): array
        {
            return [
                'otp' => 'Your login code is {code}. It expires in 10 minutes.',
                'shipped' => 'Order {order} has shipped and will arrive {eta}.',
            ];
        }
    }
}

namespace App\Http\Controllers {

    use App\Services\SmsNotifier;

    final class OtpController
    {
        public function __construct(private readonly SmsNotifier $sms)
        {
        }

        public function __invoke(array $request): array
        {
            $code = str_pad((string) (crc32($request['id']) % 1000000), 6, '0', STR_PAD_LEFT);
            $ok = $this->sms->send($request['phone'], 'otp', ['{code}' => $code], $request['id']);

            return ['status' => $ok ? 204 : 429];
        }
    }
}

namespace {

    use App\Http\Controllers\OtpController;
    use App\Services\SmsNotifier;
    use App\Services\Throttle\OutboundThrottle;

    $n = (int) (getenv('PHPLEAK_N') ?: 100);

    // config/services.php: provider limits, read once at boot
    $throttle = new OutboundThrottle([
        'twilio' => ['max' => 6000, 'window' => 3600],
        'vonage' => ['max' => 600, 'window' => 60],
    ]);
    $controller = new OtpController(new SmsNotifier($throttle));

    for ($i = 0; $i < $n; $i++) {
        $controller([
            'id' => sprintf('%s-%06d', 'b7e1c0de', $i),
            'phone' => sprintf('+4479%08d', 31000000 + $i * 7),
        ]);
    }
}
