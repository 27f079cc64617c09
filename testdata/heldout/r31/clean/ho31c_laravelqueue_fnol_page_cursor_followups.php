<?php

declare(strict_types=1);

namespace Illuminate\Contracts\Queue {
    interface ShouldQueue
    {
    }
}

namespace Illuminate\Queue {
    use Closure;

    /** Stand-in for queue:work --daemon: pops serialized jobs and calls handle() with its dependencies. */
    final class Worker
    {
        /** @param array<class-string, object> $services */
        public function __construct(private Closure $pop, private array $services)
        {
        }

        public function daemon(int $maxJobs): void
        {
            for ($processed = 0; $processed < $maxJobs; $processed++) {
                $payload = json_decode(($this->pop)($processed), true);
                $job = new $payload['displayName'](...$payload['data']);
                $this->call($job);
            }
        }

        private function call(object $job): void
        {
            $method = new \ReflectionMethod($job, 'handle');
            $args = [];
            foreach ($method->getParameters() as $parameter) {
                $args[] = $this->services[$parameter->getType()->getName()];
            }
            $job->handle(...$args);
        }
    }
}

namespace App\Claims {
    use Generator;

    final class FnolSubmission
    {
        private ?Generator $pageCursor = null;

        /** @param list<string> $rawPages */
        public function __construct(
            public readonly string $submissionId,
            public readonly string $claimNumber,
            public readonly string $channel,
            private array $rawPages,
        ) {
        }

        public function firstPage(): string
        {
            return $this->cursor()->current() ?? '';
        }

        /** @param callable(int, string): void $sink */
        public function streamRemaining(callable $sink): int
        {
            $cursor = $this->cursor();
            $streamed = 0;
            for ($cursor->next(); $cursor->valid(); $cursor->next()) {
                $sink($cursor->key(), $cursor->current());
                $streamed++;
            }

            return $streamed;
        }

        private function cursor(): Generator
        {
            return $this->pageCursor ??= $this->pages();
        }

        private function pages(): Generator
        {
            foreach ($this->rawPages as $number => $raw) {
                yield $number + 1 => $this->normalise($raw);
            }
        }

        private function normalise(string $raw): string
        {
            return trim(preg_replace('/[ \t]+/', ' ', str_replace("\r\n", "\n", $raw)));
        }
    }

    final class SubmissionFactory
    {
        public function fromPayload(array $payload): FnolSubmission
        {
            return new FnolSubmission(
                $payload['submission_id'],
                $payload['claim_number'],
                $payload['channel'],
                array_values($payload['pages']),
            );
        }
    }

    final class FnolRouter
    {
        /** @var array<string, int> */
        private array $routed = [];

        private int $indexedChars = 0;

        public function classify(string $firstPage): string
        {
            return match (true) {
                str_contains($firstPage, 'RE: existing claim') => 'duplicate_notice',
                str_contains($firstPage, 'ACORD 2') => 'acord_auto_loss',
                str_contains($firstPage, 'ACORD 3') => 'acord_liability',
                default => 'freeform',
            };
        }

        public function index(string $claimNumber, int $page, string $text): void
        {
            $this->indexedChars += strlen($text);
        }

        public function attachToExisting(string $claimNumber, int $page, string $text): void
        {
            $this->indexedChars += strlen($text);
            $this->routed['attached_pages'] = ($this->routed['attached_pages'] ?? 0) + 1;
        }

        public function count(string $queue): void
        {
            $this->routed[$queue] = ($this->routed[$queue] ?? 0) + 1;
        }
    }

    final class RouteFnolSubmission implements \Illuminate\Contracts\Queue\ShouldQueue
    {
        public function __construct(private array $payload)
        {
        }

        public function handle(SubmissionFactory $factory, FnolRouter $router): void
        {
            $submission = $factory->fromPayload($this->payload);
            $type = $router->classify($submission->firstPage());
            $router->count($type);

            if ($type === 'duplicate_notice') {
                // Adjuster already has the claim; the follow-up pages go onto its file.
                $submission->streamRemaining(static function (int $page, string $text) use ($router, $submission): void {
                    $router->attachToExisting($submission->claimNumber, $page, $text);
                });

                return;
            }

            $submission->streamRemaining(static function (int $page, string $text) use ($router, $submission): void {
                $router->index($submission->claimNumber, $page, $text);
            });
        }
    }
}

namespace {
    use App\Claims\FnolRouter;
    use App\Claims\RouteFnolSubmission;
    use App\Claims\SubmissionFactory;
    use Illuminate\Queue\Worker;

    $channels = ['agent_portal', 'email', 'call_center'];
    $worker = new Worker(
        static function (int $i) use ($channels): string {
            $claim = sprintf('CLM-24-%06d', 520000 + intdiv($i, 3));
            $cover = match ($i % 3) {
                0 => "ACORD 2 AUTOMOBILE LOSS NOTICE\nPolicy PA-" . (7700000 + $i) . "\nDate of loss " . date('m/d/Y', 1712000000 + $i * 4000),
                1 => "RE: existing claim {$claim}\nAdditional photos and repair invoice from the insured, see attached pages",
                default => "RE: existing claim {$claim}\nClaimant attorney letter of representation and medical authorisation",
            };

            return json_encode([
                'displayName' => RouteFnolSubmission::class,
                'data' => [[
                    'submission_id' => sprintf('SUB-%08d', 91000000 + $i),
                    'claim_number' => $claim,
                    'channel' => $channels[$i % 3],
                    'pages' => [
                        $cover,
                        "Insured vehicle: 2019 Subaru Outback, VIN 4S4BSANC" . sprintf('%09d', $i) . "\r\nDriver: named insured",
                        "Description of accident: struck by third-party vehicle while merging, damage to left quarter panel",
                        "Third party: carrier Northwind Mutual, policy TP-" . (330000 + $i * 7) . ", injuries: none reported",
                    ],
                ]],
            ]);
        },
        [SubmissionFactory::class => new SubmissionFactory(), FnolRouter::class => new FnolRouter()],
    );

    $worker->daemon((int) (getenv('PHPLEAK_N') ?: 100));
}
