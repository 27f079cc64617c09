<?php

declare(strict_types=1);

// FrankenPHP worker-mode stand-in: each call serves one request with fresh
// superglobals, the script's own state survives between calls.
if (!function_exists('frankenphp_handle_request')) {
    function frankenphp_handle_request(callable $callback): bool
    {
        static $served = 0;
        $max = (int) (getenv('PHPLEAK_N') ?: 100);
        if ($served >= $max) {
            return false;
        }
        $i = $served++;
        $subjects = ['checkout.completed', 'page.viewed', 'cart.updated'];
        $subject = $subjects[$i % 3];
        $_SERVER = ['REQUEST_METHOD' => 'POST', 'REQUEST_URI' => "/v1/subjects/{$subject}/records", 'REQUEST_TIME' => 1717200000 + $i];
        $_GET = [];
        $GLOBALS['__raw_body'] = json_encode([
            'producer' => 'svc-' . ($i % 5),
            'schema' => [
                '$id' => "https://schemas.example.com/{$subject}/v" . (1 + $i % 4) . '.json',
                'title' => $subject,
                'type' => 'object',
                'required' => ['event_id', 'occurred_at'],
                'properties' => [
                    'event_id' => ['type' => 'string', 'minLength' => 8],
                    'occurred_at' => ['type' => 'integer'],
                    'amount' => ['type' => 'number', 'minimum' => 0],
                    'channel' => ['type' => 'string', 'enum' => ['web', 'ios', 'android']],
                ],
            ],
            'records' => [
                ['event_id' => 'e-' . str_pad((string) $i, 8, '0', STR_PAD_LEFT), 'occurred_at' => 1717200000 + $i, 'amount' => $i % 90, 'channel' => 'web'],
                ['event_id' => 'e-' . str_pad((string) ($i + 1), 8, '0', STR_PAD_LEFT), 'occurred_at' => 1717200001 + $i, 'channel' => 'ios'],
                ['event_id' => 'short', 'occurred_at' => 'yesterday'],
            ],
        ]);
        $callback();
        $_SERVER = [];
        unset($GLOBALS['__raw_body']);

        return true;
    }
}

final class SchemaDocument
{
    public function __construct(
        public readonly string $id,
        public readonly string $title,
        public readonly array $required,
        public readonly array $properties,
    ) {
    }

    public static function fromArray(array $raw): self
    {
        return new self((string) ($raw['$id'] ?? ''), (string) ($raw['title'] ?? ''), (array) ($raw['required'] ?? []), (array) ($raw['properties'] ?? []));
    }

    public function fingerprint(): string
    {
        return hash('xxh64', $this->id . json_encode($this->properties) . implode(',', $this->required));
    }
}

final class CompiledSchema
{
    /** @param array<string, list<callable(mixed): ?string>> $rules */
    public function __construct(
        public readonly string $title,
        public readonly array $required,
        public readonly string $fingerprint,
        private array $rules,
    ) {
    }

    /** @return list<string> */
    public function violations(array $record): array
    {
        $errors = [];
        foreach ($this->required as $field) {
            if (!array_key_exists($field, $record)) {
                $errors[] = "{$this->title}: missing {$field}";
            }
        }
        foreach ($this->rules as $field => $checks) {
            if (!array_key_exists($field, $record)) {
                continue;
            }
            foreach ($checks as $check) {
                if (($error = $check($record[$field])) !== null) {
                    $errors[] = "{$field}: {$error}";
                }
            }
        }

        return $errors;
    }
}

final class SchemaCompiler
{
    public function compile(SchemaDocument $doc): CompiledSchema
    {
        $rules = [];
        foreach ($doc->properties as $field => $spec) {
            $type = $spec['type'] ?? 'string';
            $rules[$field][] = static fn ($v) => match ($type) {
                'string' => is_string($v) ? null : 'expected string',
                'integer' => is_int($v) ? null : 'expected integer',
                'number' => is_int($v) || is_float($v) ? null : 'expected number',
                default => null,
            };
            if (isset($spec['minLength'])) {
                $min = (int) $spec['minLength'];
                $rules[$field][] = static fn ($v) => is_string($v) && strlen($v) < $min ? "shorter than {$min}" : null;
            }
            if (isset($spec['enum'])) {
                $allowed = $spec['enum'];
                $rules[$field][] = static fn ($v) => in_array($v, $allowed, true) ? null : 'not allowed';
            }
        }

        return new CompiledSchema($doc->title, $doc->required, $doc->fingerprint(), $rules);
    }
}

final class SchemaRegistry
{
    /** @var array<int, CompiledSchema> */
    private array $compiled = [];

    public function __construct(private SchemaCompiler $compiler)
    {
    }

    public function validatorFor(SchemaDocument $doc): CompiledSchema
    {
        $id = spl_object_id($doc);
        $hit = $this->compiled[$id] ?? null;
        if ($hit !== null && $hit->fingerprint === $doc->fingerprint()) {
            return $hit;
        }

        return $this->compiled[$id] = $this->compiler->compile($doc);
    }
}

final class RecordIngestAction
{
    private int $accepted = 0;
    private int $rejected = 0;

    public function __construct(private SchemaRegistry $registry)
    {
    }

    public function __invoke(array $body): int
    {
        $schema = SchemaDocument::fromArray($body['schema'] ?? []);
        foreach ($body['records'] ?? [] as $record) {
            $errors = $this->registry->validatorFor($schema)->violations($record);
            $errors === [] ? $this->accepted++ : $this->rejected++;
        }

        return $this->rejected === 0 ? 202 : 207;
    }
}

$registry = new SchemaRegistry(new SchemaCompiler());
$action = new RecordIngestAction($registry);

$handler = static function () use ($action): void {
    $body = json_decode($GLOBALS['__raw_body'] ?? '{}', true) ?: [];
    http_response_code($action($body));
};

while (frankenphp_handle_request($handler)) {
    gc_collect_cycles();
}
