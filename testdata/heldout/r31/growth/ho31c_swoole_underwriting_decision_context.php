<?php

declare(strict_types=1);

namespace Swoole\Http {
    final class Request
    {
        public array $server = [];
        public ?array $post = null;
    }

    final class Response
    {
        public function header(string $key, string $value): void
        {
        }

        public function end(string $body): void
        {
        }
    }

    /** Stand-in for Swoole\Http\Server: replays a fixed number of requests into the handler. */
    final class Server
    {
        /** @var array<string, callable> */
        private array $handlers = [];

        public function __construct(private string $host, private int $port, private \Closure $traffic)
        {
        }

        public function on(string $event, callable $handler): void
        {
            $this->handlers[$event] = $handler;
        }

        public function start(): void
        {
            $limit = (int) (getenv('PHPLEAK_N') ?: 100);
            for ($i = 0; $i < $limit; $i++) {
                $request = new Request();
                $request->server = ['request_uri' => '/underwriting/decisions', 'request_method' => 'POST', 'request_time' => time()];
                $request->post = ($this->traffic)($i);
                ($this->handlers['request'])($request, new Response());
            }
        }
    }
}

namespace App\Underwriting {
    final class HomeownersApplication
    {
        public function __construct(
            public readonly string $reference,
            public readonly string $applicantName,
            public readonly string $riskAddress,
            public readonly int $yearBuilt,
            public readonly int $roofAgeYears,
            public readonly float $distanceToCoastMiles,
            public readonly int $priorLosses,
            public readonly float $dwellingLimit,
        ) {
        }

        public static function fromForm(array $form): self
        {
            return new self(
                $form['reference'],
                trim($form['applicant']['first_name'] . ' ' . $form['applicant']['last_name']),
                implode(', ', $form['risk_address']),
                (int) $form['dwelling']['year_built'],
                (int) $form['dwelling']['roof_age'],
                (float) $form['dwelling']['coast_distance'],
                count($form['loss_history']),
                (float) $form['coverage']['dwelling'],
            );
        }

        public function facts(): array
        {
            return [
                'reference' => $this->reference,
                'applicant' => $this->applicantName,
                'address' => $this->riskAddress,
                'year_built' => $this->yearBuilt,
                'roof_age' => $this->roofAgeYears,
                'coast_miles' => $this->distanceToCoastMiles,
                'prior_losses' => $this->priorLosses,
                'coverage_a' => $this->dwellingLimit,
            ];
        }
    }

    final class Decision
    {
        private function __construct(
            public readonly string $reference,
            public readonly string $outcome,
            public readonly array $reasons,
        ) {
        }

        public static function accept(string $reference): self
        {
            return new self($reference, 'accept', []);
        }

        public static function refer(string $reference, array $reasons): self
        {
            return new self($reference, 'refer', $reasons);
        }

        public static function decline(string $reference, string $knockout): self
        {
            return new self($reference, 'decline', [$knockout]);
        }
    }

    /**
     * Keeps the application currently being underwritten so rules deep in
     * the scorer can add audit notes without threading it through.
     */
    trait TracksDecisionContext
    {
        /** @var list<array{facts: array, guideline: string, notes: list<string>}> */
        private static array $decisionContext = [];

        protected function enterDecision(HomeownersApplication $application, string $guideline): void
        {
            self::$decisionContext[] = ['facts' => $application->facts(), 'guideline' => $guideline, 'notes' => []]; // leak
        }

        protected function note(string $message): void
        {
            $top = array_key_last(self::$decisionContext);
            if ($top !== null) {
                self::$decisionContext[$top]['notes'][] = $message;
            }
        }

        protected function leaveDecision(): array
        {
            return array_pop(self::$decisionContext) ?? [];
        }
    }

    final class UnderwritingService
    {
        use TracksDecisionContext;

        /** @param array{max_roof_age: int, min_coast_miles: float, max_prior_losses: int, refer_above: float} $guidelines */
        public function __construct(private array $guidelines, private string $guidelineVersion)
        {
        }

        public function decide(HomeownersApplication $application): Decision
        {
            $this->enterDecision($application, $this->guidelineVersion);

            $knockout = $this->knockout($application);
            if ($knockout !== null) {
                return Decision::decline($application->reference, $knockout);
            }

            $reasons = [];
            if ($application->dwellingLimit > $this->guidelines['refer_above']) {
                $reasons[] = 'coverage_a_above_authority';
                $this->note('Coverage A exceeds desk authority');
            }
            if ($application->yearBuilt < 1950) {
                $reasons[] = 'pre_1950_construction';
                $this->note('Requires inspection for knob-and-tube wiring');
            }

            $decision = $reasons === []
                ? Decision::accept($application->reference)
                : Decision::refer($application->reference, $reasons);
            $this->leaveDecision();

            return $decision;
        }

        private function knockout(HomeownersApplication $application): ?string
        {
            if ($application->roofAgeYears > $this->guidelines['max_roof_age']) {
                $this->note("Roof age {$application->roofAgeYears}y exceeds guideline");

                return 'roof_age';
            }
            if ($application->distanceToCoastMiles < $this->guidelines['min_coast_miles']) {
                return 'coastal_exposure';
            }
            if ($application->priorLosses > $this->guidelines['max_prior_losses']) {
                return 'loss_frequency';
            }

            return null;
        }
    }
}

namespace {
    use App\Underwriting\HomeownersApplication;
    use App\Underwriting\UnderwritingService;
    use Swoole\Http\Request;
    use Swoole\Http\Response;
    use Swoole\Http\Server;

    $underwriting = new UnderwritingService(
        ['max_roof_age' => 20, 'min_coast_miles' => 1.0, 'max_prior_losses' => 2, 'refer_above' => 750000.0],
        'HO-UW-2024.07',
    );

    $firstNames = ['Amara', 'Dmitri', 'Lucía', 'Henrik', 'Priya', 'Tomasz'];
    $server = new Server('0.0.0.0', 9501, static fn (int $i): array => [
        'reference' => sprintf('APP-HO-%07d', 1600000 + $i),
        'applicant' => ['first_name' => $firstNames[$i % 6], 'last_name' => 'Applicant' . ($i * 31 % 9973)],
        'risk_address' => ['street' => (100 + $i) . ' Willow Creek Lane', 'city' => 'Port Haven', 'state' => 'SC', 'zip' => sprintf('29%03d', $i % 1000)],
        'dwelling' => ['year_built' => 1935 + $i % 88, 'roof_age' => ($i * 7) % 30, 'coast_distance' => (($i * 13) % 50) / 5],
        'loss_history' => array_fill(0, $i % 4, ['peril' => 'wind', 'paid' => 4200]),
        'coverage' => ['dwelling' => 250000 + ($i % 12) * 75000],
    ]);

    $server->on('request', static function (Request $request, Response $response) use ($underwriting): void {
        $decision = $underwriting->decide(HomeownersApplication::fromForm($request->post));
        $response->header('Content-Type', 'application/json');
        $response->end(json_encode(['reference' => $decision->reference, 'outcome' => $decision->outcome, 'reasons' => $decision->reasons]));
    });
    $server->start();
}
