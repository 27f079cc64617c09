<?php

declare(strict_types=1);

// Swoole HTTP server: weather stations push their owner's alert settings
// (PUT /stations/{id}/alerts) and readings (POST /stations/{id}/readings).
// The rule book is built once at worker start and shared by all requests.

final class SwooleRequest
{
    public array $server = [];
    public array $post = [];
}

final class SwooleResponse
{
    public int $status = 200;
    public string $body = '';

    public function end(string $body = ''): void
    {
        $this->body = $body;
    }
}

enum Metric: string
{
    case AirTemp = 'air_temp';
    case RelHumidity = 'rel_humidity';
    case WindGust = 'wind_gust';
    case Rain1h = 'rain_1h';
    case LeafWetness = 'leaf_wetness';
}

final class AlertRuleBook
{
    /** @var array<array-key, Closure(array): ?string> */
    private array $rules = [];

    public function extend(array $compiled): void
    {
        $this->rules = array_merge($this->rules, $compiled); // leak
    }

    /** @return list<string> */
    public function evaluate(array $reading): array
    {
        $fired = [];
        foreach ($this->rules as $rule) {
            if (null !== ($message = $rule($reading))) {
                $fired[] = $message;
            }
        }

        return $fired;
    }
}

final class RuleCompiler
{
    /** @return array<array-key, Closure(array): ?string> */
    public function compile(string $stationId, array $settings): array
    {
        $compiled = [];
        foreach ($settings as $setting) {
            $metric = Metric::tryFrom($setting['metric'] ?? '');
            if ($metric === null) {
                continue;
            }
            $compiled[] = $this->threshold($metric, $setting['op'], (float) $setting['limit'], $this->template($stationId, $setting));
        }

        return $compiled;
    }

    private function template(string $stationId, array $setting): string
    {
        return sprintf(
            '[%s] %s %s %s for %s — notify %s',
            $stationId,
            $setting['label'] ?? $setting['metric'],
            $setting['op'] === 'lt' ? 'below' : 'above',
            '%s',
            $setting['crop_stage'] ?? 'any stage',
            implode(', ', $setting['recipients'] ?? []),
        );
    }

    private function threshold(Metric $metric, string $op, float $limit, string $template): Closure
    {
        $key = $metric->value;

        return static function (array $reading) use ($key, $op, $limit, $template): ?string {
            if (!isset($reading[$key])) {
                return null;
            }
            $breached = $op === 'lt' ? $reading[$key] < $limit : $reading[$key] > $limit;

            return $breached ? sprintf($template, $limit) : null;
        };
    }
}

final class StationAlertsController
{
    public function __construct(private readonly AlertRuleBook $book, private readonly RuleCompiler $compiler)
    {
    }

    public function __invoke(SwooleRequest $request, SwooleResponse $response): void
    {
        [, , $stationId, $action] = explode('/', $request->server['request_uri']);
        if ($action === 'alerts') {
            $this->book->extend($this->compiler->compile($stationId, $request->post['rules']));
            $response->end('{"ok":true}');

            return;
        }

        $response->end(json_encode(['alerts' => $this->book->evaluate($request->post)]));
    }
}

$controller = new StationAlertsController(new AlertRuleBook(), new RuleCompiler());

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $station = sprintf('WS-%05d', 4000 + $i);
    $request = new SwooleRequest();
    $request->server['request_uri'] = "/stations/{$station}/alerts";
    $request->post['rules'] = [
        ['metric' => 'air_temp', 'op' => 'lt', 'limit' => 0.5 + ($i % 4) / 2, 'label' => 'Frost risk', 'crop_stage' => 'bloom', 'recipients' => ["grower{$i}@orchard.example", 'ops@orchard.example']],
        ['metric' => 'wind_gust', 'op' => 'gt', 'limit' => 45 + $i % 10, 'label' => 'Spray drift', 'recipients' => ["sprayer-crew-{$i}@orchard.example"]],
    ];
    $response = new SwooleResponse();
    $controller($request, $response);

    $reading = new SwooleRequest();
    $reading->server['request_uri'] = "/stations/{$station}/readings";
    $reading->post = ['air_temp' => 2.0 - ($i % 5), 'wind_gust' => 30.0 + $i % 30, 'rel_humidity' => 88.0];
    $controller($reading, new SwooleResponse());
}
