<?php

declare(strict_types=1);

/*
 * Swoole HTTP server for a trial's enrolment portal: site coordinators submit
 * a screening form and get back which inclusion/exclusion criteria the
 * candidate meets under the protocol amendment in force.
 */

namespace Swoole\Http {
    final class Request
    {
        public array $header = [];
        public array $server = [];
        public ?array $post = null;

        public function rawContent(): string
        {
            return json_encode($this->post);
        }
    }

    final class Response
    {
        public int $status = 200;
        public string $body = '';

        public function header(string $name, string $value): void
        {
        }

        public function end(string $body): void
        {
            $this->body = $body;
        }
    }

    final class Server
    {
        private array $handlers = [];

        public function __construct(public readonly string $host, public readonly int $port)
        {
        }

        public function on(string $event, callable $handler): void
        {
            $this->handlers[$event] = $handler;
        }

        /** Test harness: drive the request handler the way the reactor would. */
        public function start(int $requests, \Closure $make): void
        {
            for ($i = 0; $i < $requests; $i++) {
                [$request, $response] = $make($i);
                ($this->handlers['request'])($request, $response);
            }
        }
    }
}

namespace Trial\Screening {
    final class Candidate
    {
        public function __construct(
            public readonly string $screeningId,
            public readonly string $siteCode,
            public readonly int $ageYears,
            public readonly float $egfr,
            public readonly float $hba1c,
            public readonly float $alt,
            public readonly bool $pregnant,
            public readonly array $conMeds,
        ) {
        }
    }

    final class Verdict
    {
        public function __construct(
            public readonly string $criterion,
            public readonly bool $met,
            public readonly string $reason,
            public readonly array $evidence,
        ) {
        }
    }

    interface Criterion
    {
        public function code(): string;

        public function evaluate(Candidate $candidate, array $params): Verdict;
    }

    final class AgeRange implements Criterion
    {
        public function code(): string { return 'INC-01'; }

        public function evaluate(Candidate $c, array $p): Verdict
        {
            $met = $c->ageYears >= $p['min_age'] && $c->ageYears <= $p['max_age'];
            return new Verdict($this->code(), $met, sprintf('Age %d years, protocol range %d-%d', $c->ageYears, $p['min_age'], $p['max_age']), ['age' => $c->ageYears]);
        }
    }

    final class RenalFunction implements Criterion
    {
        public function code(): string { return 'INC-04'; }

        public function evaluate(Candidate $c, array $p): Verdict
        {
            return new Verdict($this->code(), $c->egfr >= $p['min_egfr'], sprintf('eGFR %.1f mL/min/1.73m2 (minimum %.0f)', $c->egfr, $p['min_egfr']), ['egfr' => $c->egfr, 'site' => $c->siteCode]);
        }
    }

    final class GlycaemicControl implements Criterion
    {
        public function code(): string { return 'INC-05'; }

        public function evaluate(Candidate $c, array $p): Verdict
        {
            return new Verdict($this->code(), $c->hba1c >= $p['hba1c_low'] && $c->hba1c <= $p['hba1c_high'], sprintf('HbA1c %.1f%% within %.1f-%.1f%%', $c->hba1c, $p['hba1c_low'], $p['hba1c_high']), ['hba1c' => $c->hba1c]);
        }
    }

    final class HepaticSafety implements Criterion
    {
        public function code(): string { return 'EXC-02'; }

        public function evaluate(Candidate $c, array $p): Verdict
        {
            return new Verdict($this->code(), $c->alt <= $p['alt_uln'] * 3, sprintf('ALT %.0f U/L vs 3xULN %.0f U/L', $c->alt, $p['alt_uln'] * 3), ['alt' => $c->alt]);
        }
    }

    final class ProhibitedMedication implements Criterion
    {
        public function code(): string { return 'EXC-07'; }

        public function evaluate(Candidate $c, array $p): Verdict
        {
            $hits = array_values(array_intersect(array_map('strtolower', $c->conMeds), $p['prohibited']));
            return new Verdict($this->code(), $hits === [] && !$c->pregnant, $hits === [] ? 'No prohibited concomitant medication' : 'Prohibited: ' . implode(', ', $hits), ['con_meds' => $c->conMeds, 'pregnant' => $c->pregnant]);
        }
    }

    final class SiteRegistry
    {
        /** @param array<string, array> $overrides activated sites and their local lab limits */
        public function __construct(private readonly array $overrides)
        {
        }

        public function activated(string $siteCode): string
        {
            if (!array_key_exists($siteCode, $this->overrides)) {
                throw new \DomainException("Site {$siteCode} is not activated for enrolment");
            }
            return $siteCode;
        }

        public function overridesFor(string $siteCode): array
        {
            return $this->overrides[$siteCode];
        }
    }

    trait MemoizesCriteria
    {
        private static array $criterionMemo = [];

        protected function remember(string $key, \Closure $compute): array
        {
            return self::$criterionMemo[$key] ??= $compute();
        }

        protected static function memoKey(Criterion $criterion, string $siteCode, string $amendment): string
        {
            return implode(':', [$amendment, $criterion->code(), $siteCode]);
        }
    }

    final class EligibilityScreener
    {
        use MemoizesCriteria;

        /** @param list<Criterion> $criteria */
        public function __construct(
            private readonly array $criteria,
            private readonly array $protocolParams,
            private readonly string $amendment,
            private readonly SiteRegistry $sites,
        ) {
        }

        /** @return list<Verdict> */
        public function screen(Candidate $candidate): array
        {
            $site = $this->sites->activated($candidate->siteCode);
            $verdicts = [];
            foreach ($this->criteria as $criterion) {
                $params = $this->remember(
                    self::memoKey($criterion, $site, $this->amendment),
                    fn () => array_replace($this->protocolParams, $this->sites->overridesFor($site)),
                );
                $verdicts[] = $criterion->evaluate($candidate, $params);
            }
            return $verdicts;
        }
    }

    final class ScreeningController
    {
        public function __construct(private readonly EligibilityScreener $screener)
        {
        }

        public function __invoke(\Swoole\Http\Request $request, \Swoole\Http\Response $response): void
        {
            $form = json_decode($request->rawContent(), true);
            $candidate = new Candidate(
                $form['screening_id'],
                $form['site'],
                (int) $form['age'],
                (float) $form['labs']['egfr'],
                (float) $form['labs']['hba1c'],
                (float) $form['labs']['alt'],
                (bool) $form['pregnant'],
                $form['con_meds'],
            );
            try {
                $verdicts = $this->screener->screen($candidate);
            } catch (\DomainException $e) {
                $response->status = 422;
                $response->end(json_encode(['error' => $e->getMessage()]));
                return;
            }
            $eligible = array_reduce($verdicts, static fn (bool $ok, Verdict $v) => $ok && $v->met, true);
            $response->header('Content-Type', 'application/json');
            $response->end(json_encode([
                'screening_id' => $candidate->screeningId,
                'eligible' => $eligible,
                'criteria' => array_map(static fn (Verdict $v) => ['code' => $v->criterion, 'met' => $v->met, 'reason' => $v->reason], $verdicts),
            ]));
        }
    }
}

namespace {
    use Swoole\Http\Request;
    use Swoole\Http\Response;
    use Swoole\Http\Server;
    use Trial\Screening;

    $n = (int) (getenv('PHPLEAK_N') ?: 100);

    $screener = new Screening\EligibilityScreener(
        [new Screening\AgeRange(), new Screening\RenalFunction(), new Screening\GlycaemicControl(), new Screening\HepaticSafety(), new Screening\ProhibitedMedication()],
        ['min_age' => 18, 'max_age' => 75, 'min_egfr' => 45.0, 'hba1c_low' => 7.0, 'hba1c_high' => 10.5, 'alt_uln' => 40.0, 'prohibited' => ['gemfibrozil', 'rifampicin', 'ketoconazole']],
        'CT-2291-A3',
        new Screening\SiteRegistry(['DE01' => [], 'DE04' => [], 'PL02' => ['alt_uln' => 35.0], 'ES03' => ['max_age' => 70]]),
    );
    $controller = new Screening\ScreeningController($screener);

    $server = new Server('0.0.0.0', 9501);
    $server->on('request', $controller);
    $server->start($n, static function (int $i): array {
        $request = new Request();
        $request->server = ['request_uri' => '/screening', 'request_method' => 'POST', 'request_time' => 1717000000 + $i];
        $request->post = [
            'screening_id' => sprintf('SCR-%s-%04d', $site = ['DE01', 'DE04', 'PL02', 'ES03', 'DE01', 'FR05'][$i % 6], 1000 + $i),
            'site' => $site,
            'age' => 18 + ($i * 7) % 62,
            'labs' => ['egfr' => 30 + ($i * 11) % 70, 'hba1c' => 6.2 + ($i % 50) / 10, 'alt' => 12 + ($i * 13) % 140],
            'pregnant' => $i % 23 === 0,
            'con_meds' => [['Metformin', 'Atorvastatin'], ['Metformin', 'Gemfibrozil'], ['Insulin glargine'], ['Lisinopril', 'Metformin', 'Aspirin']][$i % 4],
        ];
        return [$request, new Response()];
    });
}
