<?php

declare(strict_types=1);

namespace React\EventLoop {
    final class Loop
    {
        private static ?\SplQueue $ticks = null;

        public static function futureTick(callable $listener): void
        {
            (self::$ticks ??= new \SplQueue())->enqueue($listener);
        }

        public static function run(): void
        {
            while (self::$ticks !== null && !self::$ticks->isEmpty()) {
                (self::$ticks->dequeue())();
            }
        }
    }
}

namespace React\Http\Message {
    final class ServerRequest
    {
        public function __construct(private string $method, private string $path, private array $parsedBody, private array $headers = [])
        {
        }

        public function getParsedBody(): array
        {
            return $this->parsedBody;
        }

        public function getHeaderLine(string $name): string
        {
            return $this->headers[strtolower($name)] ?? '';
        }
    }

    final class Response
    {
        public function __construct(public readonly int $status, public readonly array $headers, public readonly string $body)
        {
        }

        public static function json(mixed $data): self
        {
            return new self(200, ['Content-Type' => 'application/json'], json_encode($data));
        }
    }
}

namespace React\Http {
    use React\EventLoop\Loop;
    use React\Http\Message\ServerRequest;

    /**
     * Stand-in for React\Http\HttpServer + SocketServer: each accepted
     * request is handled on its own loop tick, the next accept is scheduled
     * after the response is written.
     */
    final class HttpServer
    {
        private $handler;
        private int $accepted = 0;

        public function __construct(callable $handler)
        {
            $this->handler = $handler;
        }

        public function listen(string $uri): void
        {
            Loop::futureTick(fn () => $this->accept((int) (getenv('PHPLEAK_N') ?: 100)));
        }

        private function accept(int $limit): void
        {
            if ($this->accepted >= $limit) {
                return;
            }
            $i = $this->accepted++;
            $request = new ServerRequest('POST', '/v1/claims/score', [
                'claim_id' => sprintf('WC-%d-%06d', 2024, 170000 + $i),
                'claimant' => "Claimant {$i} Varga",
                'provider_npi' => (string) (1000000000 + ($i * 104729) % 900000000),
                'payee_iban' => sprintf('GB%02dBARC2000%08d', $i % 97, ($i * 31) % 500),
                'injury' => ['lumbar strain', 'wrist fracture', 'concussion', 'knee sprain'][$i % 4],
                'billed' => 400 + ($i * 811) % 22000,
                'filed_at' => 1717200000 + $i * 45,
                'treatment_notes' => "Initial visit {$i}: patient reports pain 7/10 after lifting incident at warehouse. "
                    . str_repeat('Physical therapy three times weekly, reassess in 30 days. ', 5),
            ], ['x-request-id' => bin2hex(pack('N', $i))]);
            ($this->handler)($request);
            Loop::futureTick(fn () => $this->accept($limit));
        }
    }
}

namespace Claims\Fraud\Realtime {
    use Closure;
    use SplObjectStorage;

    final class ClaimEvent
    {
        public function __construct(
            public readonly string $claimId,
            public readonly string $claimant,
            public readonly string $providerNpi,
            public readonly string $payeeIban,
            public readonly string $injury,
            public readonly int $billed,
            public readonly int $filedAt,
            public readonly string $treatmentNotes,
        ) {
        }

        public static function fromBody(array $body): self
        {
            return new self(
                $body['claim_id'],
                $body['claimant'],
                $body['provider_npi'],
                $body['payee_iban'],
                $body['injury'],
                (int) $body['billed'],
                (int) $body['filed_at'],
                $body['treatment_notes'],
            );
        }
    }

    interface Detector
    {
        /** @param Closure(string, int, string): void $emit */
        public function inspect(ClaimEvent $claim, Closure $emit): void;
    }

    final class SharedPayeeDetector implements Detector
    {
        /** @param list<string> $flaggedAccountSuffixes */
        public function __construct(private array $flaggedAccountSuffixes)
        {
        }

        public function inspect(ClaimEvent $claim, Closure $emit): void
        {
            if (in_array(substr($claim->payeeIban, -4), $this->flaggedAccountSuffixes, true)) {
                $emit('PAYEE-SHARED', 35, "payee {$claim->payeeIban} is shared with previously denied claims");
            }
        }
    }

    final class ProviderWatchlistDetector implements Detector
    {
        public function __construct(private int $watchlistModulus)
        {
        }

        public function inspect(ClaimEvent $claim, Closure $emit): void
        {
            if ((int) $claim->providerNpi % $this->watchlistModulus === 0) {
                $emit('PROVIDER-WATCH', 25, "provider {$claim->providerNpi} is on the SIU watchlist");
            }
        }
    }

    final class BillingOutlierDetector implements Detector
    {
        private const TYPICAL = ['lumbar strain' => 3500, 'wrist fracture' => 9000, 'concussion' => 6000, 'knee sprain' => 4000];

        public function inspect(ClaimEvent $claim, Closure $emit): void
        {
            $typical = self::TYPICAL[$claim->injury] ?? 5000;
            if ($claim->billed > 2 * $typical) {
                $emit('BILLING-OUTLIER', 20, sprintf('%s billed %d against typical %d for %s', $claim->claimId, $claim->billed, $typical, $claim->injury));
            }
        }
    }

    final class Verdict
    {
        /** @param list<array{code: string, weight: int, evidence: string}> $signals */
        public function __construct(public readonly string $claimId, public readonly int $score, public readonly array $signals)
        {
        }
    }

    /** One scoring pass over a claim; every detector reports into this session. */
    final class ScoringSession
    {
        private SplObjectStorage $detectors;

        /** @var list<array{code: string, weight: int, evidence: string}> */
        private array $signals = [];

        /** @param iterable<Detector> $detectors */
        public function __construct(private ClaimEvent $claim, iterable $detectors)
        {
            $this->detectors = new SplObjectStorage();
            foreach ($detectors as $detector) {
                $this->detectors->attach($detector, $this->collect(...)); // leak
            }
        }

        private function collect(string $code, int $weight, string $evidence): void
        {
            $this->signals[] = ['code' => $code, 'weight' => $weight, 'evidence' => $evidence];
        }

        public function run(): Verdict
        {
            foreach ($this->detectors as $detector) {
                $detector->inspect($this->claim, $this->detectors[$detector]);
            }

            return new Verdict(
                $this->claim->claimId,
                min(100, array_sum(array_column($this->signals, 'weight'))),
                $this->signals,
            );
        }
    }

    final class FraudScoringService
    {
        /** @param list<Detector> $detectors */
        public function __construct(private array $detectors)
        {
        }

        public function score(ClaimEvent $claim): Verdict
        {
            return (new ScoringSession($claim, $this->detectors))->run();
        }
    }
}

namespace {
    use Claims\Fraud\Realtime\BillingOutlierDetector;
    use Claims\Fraud\Realtime\ClaimEvent;
    use Claims\Fraud\Realtime\FraudScoringService;
    use Claims\Fraud\Realtime\ProviderWatchlistDetector;
    use Claims\Fraud\Realtime\SharedPayeeDetector;
    use React\EventLoop\Loop;
    use React\Http\HttpServer;
    use React\Http\Message\Response;
    use React\Http\Message\ServerRequest;

    $scoring = new FraudScoringService([
        new SharedPayeeDetector(['0007', '0131', '0262']),
        new ProviderWatchlistDetector(11),
        new BillingOutlierDetector(),
    ]);

    $http = new HttpServer(static function (ServerRequest $request) use ($scoring): Response {
        $verdict = $scoring->score(ClaimEvent::fromBody($request->getParsedBody()));

        return Response::json([
            'claim' => $verdict->claimId,
            'score' => $verdict->score,
            'action' => $verdict->score >= 50 ? 'hold_payment' : 'release',
            'signals' => array_column($verdict->signals, 'code'),
        ]);
    });
    $http->listen('0.0.0.0:8080');

    Loop::run();
}
