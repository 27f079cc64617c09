<?php

declare(strict_types=1);

// Swoole HTTP server scoring card authorisations against the fraud rule set.
// Rules are defined once at boot; each authorisation gets a ScoringContext
// that evaluates them against the transaction and the cardholder profile.

namespace Fraud;

final class Authorization
{
    public function __construct(
        public readonly string $id,
        public readonly string $cardToken,
        public readonly int $amountMinor,
        public readonly string $currency,
        public readonly string $merchantCategory,
        public readonly string $country,
        public readonly string $ip,
        public readonly int $at,
    ) {
    }
}

final class CardholderProfile
{
    public function __construct(
        public readonly string $homeCountry,
        public readonly int $avgTicketMinor,
        public readonly int $authsLastHour,
    ) {
    }
}

final class RuleDefinition
{
    /** @param \Closure(): float $predicate evaluated with $this bound to the ScoringContext */
    public function __construct(
        public readonly string $code,
        public readonly float $weight,
        public readonly \Closure $predicate,
    ) {
    }
}

final class RuleSet
{
    /** @var list<RuleDefinition> */
    private array $rules = [];

    public function define(string $code, float $weight, \Closure $predicate): self
    {
        $this->rules[] = new RuleDefinition($code, $weight, $predicate);

        return $this;
    }

    /** @return list<RuleDefinition> */
    public function all(): array
    {
        return $this->rules;
    }
}

final class ScoringContext
{
    /** @var array<string, \Closure(): float> */
    private array $evaluators = [];

    /** @var array<string, float> */
    private array $hits = [];

    public function __construct(
        public readonly Authorization $auth,
        public readonly CardholderProfile $profile,
        RuleSet $rules,
    ) {
        foreach ($rules->all() as $rule) {
            $this->evaluators[$rule->code] = $this->compile($rule); // leak
        }
    }

    private function compile(RuleDefinition $rule): \Closure
    {
        $weight = $rule->weight;
        $bound = \Closure::bind($rule->predicate, $this, self::class); // leak

        return static fn (): float => $weight * $bound(); // leak
    }

    public function score(): float
    {
        $total = 0.0;
        foreach ($this->evaluators as $code => $evaluate) {
            $s = $evaluate();
            if ($s > 0.0) {
                $this->hits[$code] = $s;
            }
            $total += $s;
        }

        return min(1.0, $total);
    }

    /** @return array<string, float> */
    public function hits(): array
    {
        return $this->hits;
    }
}

final class ProfileStore
{
    private const COUNTRIES = ['DE', 'FR', 'NL', 'GB', 'ES'];

    public function forCard(string $token): CardholderProfile
    {
        $h = crc32($token);

        return new CardholderProfile(self::COUNTRIES[$h % 5], 2_000 + $h % 18_000, $h % 9);
    }
}

final class FraudScoringController
{
    public function __construct(private RuleSet $rules, private ProfileStore $profiles)
    {
    }

    /** @return array{id: string, decision: string, score: float, reasons: list<string>} */
    public function score(Authorization $auth): array
    {
        $ctx = new ScoringContext($auth, $this->profiles->forCard($auth->cardToken), $this->rules);
        $score = $ctx->score();
        $decision = $score >= 0.8 ? 'decline' : ($score >= 0.5 ? 'review' : 'approve');

        return ['id' => $auth->id, 'decision' => $decision, 'score' => round($score, 3), 'reasons' => array_keys($ctx->hits())];
    }
}

/** Swoole\Http\Server stand-in: fires the registered request callback per request. */
final class HttpServer
{
    /** @var array<string, callable> */
    private array $callbacks = [];

    public function on(string $event, callable $cb): void
    {
        $this->callbacks[$event] = $cb;
    }

    public function start(int $requests): void
    {
        $mcc = ['5411', '5812', '5999', '7995', '4829'];
        $countries = ['DE', 'FR', 'NL', 'GB', 'ES', 'NG', 'US'];
        for ($i = 0; $i < $requests; $i++) {
            $body = json_encode([
                'id' => sprintf('auth_%010d', 4_200_000 + $i),
                'card_token' => 'tok_' . substr(hash('sha1', 'card' . ($i % 300)), 0, 24),
                'amount' => 150 + ($i * 4051) % 240_000,
                'currency' => 'EUR',
                'mcc' => $mcc[$i % 5],
                'country' => $countries[($i * 3) % 7],
                'ip' => sprintf('81.%d.%d.%d', $i % 200, ($i * 7) % 250, ($i * 13) % 250),
                'at' => 1_700_000_000 + $i * 3,
            ]);
            ($this->callbacks['request'])($body);
        }
    }
}

$rules = (new RuleSet())
    ->define('AMOUNT_SPIKE', 0.35, function (): float {
        return $this->auth->amountMinor > 5 * $this->profile->avgTicketMinor ? 1.0 : 0.0;
    })
    ->define('FOREIGN_COUNTRY', 0.25, function (): float {
        return $this->auth->country !== $this->profile->homeCountry ? 1.0 : 0.0;
    })
    ->define('HIGH_RISK_MCC', 0.2, function (): float {
        return in_array($this->auth->merchantCategory, ['7995', '4829'], true) ? 1.0 : 0.0;
    })
    ->define('VELOCITY', 0.3, function (): float {
        return min(1.0, $this->profile->authsLastHour / 6);
    })
    ->define('NIGHT_TIME', 0.1, function (): float {
        $h = (int) gmdate('G', $this->auth->at);

        return $h < 5 ? 1.0 : 0.0;
    });

$controller = new FraudScoringController($rules, new ProfileStore());
$server = new HttpServer();
$server->on('request', function (string $body) use ($controller): string {
    $p = json_decode($body, true);
    $auth = new Authorization($p['id'], $p['card_token'], $p['amount'], $p['currency'], $p['mcc'], $p['country'], $p['ip'], $p['at']);

    return json_encode($controller->score($auth));
});
$server->start((int) (getenv('PHPLEAK_N') ?: 100));
