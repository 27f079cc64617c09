<?php

declare(strict_types=1);

namespace App\Validation;

final class Rules
{
    public static function required(mixed $value): ?string
    {
        return $value === null || $value === '' ? 'is required' : null;
    }

    public static function min(mixed $value, int $min): ?string
    {
        return strlen((string) $value) < $min ? "must be at least {$min} characters" : null;
    }

    public static function max(mixed $value, int $max): ?string
    {
        return strlen((string) $value) > $max ? "may not be greater than {$max} characters" : null;
    }

    public static function email(mixed $value): ?string
    {
        return filter_var($value, \FILTER_VALIDATE_EMAIL) === false ? 'must be a valid email address' : null;
    }

    public static function in(mixed $value, string ...$allowed): ?string
    {
        return in_array($value, $allowed, true) ? null : 'is invalid';
    }
}

final class Validator
{
    /** @var array<string, \Closure(mixed): ?string> rule string => compiled check */
    private array $compiled = [];

    /** @var array<string, list<string>> */
    private array $errors = [];

    /**
     * @param array<string, mixed>  $data
     * @param array<string, string> $rules
     */
    public function __construct(private readonly array $data, private readonly array $rules)
    {
    }

    public function passes(): bool
    {
        $this->errors = [];
        foreach ($this->rules as $field => $definition) {
            foreach (explode('|', $definition) as $rule) {
                $check = $this->compiled[$rule] ??= $this->compile($rule);
                $message = $check($this->data[$field] ?? null);
                if ($message !== null) {
                    $this->errors[$field][] = "The {$field} field {$message}.";
                }
            }
        }

        return $this->errors === [];
    }

    /** @return array<string, list<string>> */
    public function errors(): array
    {
        return $this->errors;
    }

    /** @return \Closure(mixed): ?string */
    private function compile(string $rule): \Closure
    {
        [$name, $argument] = array_pad(explode(':', $rule, 2), 2, '');

        return match ($name) {
            'required' => static fn (mixed $value): ?string => Rules::required($value),
            'min' => static fn (mixed $value): ?string => Rules::min($value, (int) $argument),
            'max' => static fn (mixed $value): ?string => Rules::max($value, (int) $argument),
            'email' => static fn (mixed $value): ?string => Rules::email($value),
            'in' => static fn (mixed $value): ?string => Rules::in($value, ...explode(',', $argument)),
            default => throw new \InvalidArgumentException("Unknown validation rule [{$name}]."),
        };
    }
}

final class ValidatorFactory
{
    /** @param array<string, mixed> $data @param array<string, string> $rules */
    public function make(array $data, array $rules): Validator
    {
        return new Validator($data, $rules);
    }
}

namespace App\Http;

use App\Validation\ValidatorFactory;

final class SignupController
{
    private const RULES = [
        'email' => 'required|email|max:120',
        'password' => 'required|min:12|max:72',
        'plan' => 'required|in:free,team,enterprise',
    ];

    public function __construct(private readonly ValidatorFactory $validation)
    {
    }

    /** @param array<string, mixed> $input @return array{0: int, 1: string} */
    public function store(array $input): array
    {
        $validator = $this->validation->make($input, self::RULES);
        if (!$validator->passes()) {
            return [422, json_encode(['errors' => $validator->errors()], \JSON_THROW_ON_ERROR)];
        }

        return [201, json_encode(['email' => $input['email'], 'plan' => $input['plan']], \JSON_THROW_ON_ERROR)];
    }
}

namespace Swoole\Http;

/** Stand-in of Swoole's HTTP server: onRequest is invoked for every request of the worker. */
final class Server
{
    private ?\Closure $onRequest = null;

    public function on(string $event, \Closure $callback): void
    {
        if ($event === 'request') {
            $this->onRequest = $callback;
        }
    }

    public function start(int $requests): void
    {
        for ($i = 0; $i < $requests; $i++) {
            ($this->onRequest)([
                'email' => $i % 9 === 0 ? 'not-an-email' : "user{$i}@example.test",
                'password' => str_repeat('s3cr3t', 1 + $i % 3),
                'plan' => ['free', 'team', 'enterprise', 'gold'][$i % 4],
            ]);
        }
    }
}

namespace App;

use App\Http\SignupController;
use App\Validation\ValidatorFactory;
use Swoole\Http\Server;

$controller = new SignupController(new ValidatorFactory());
$server = new Server();
$server->on('request', static function (array $input) use ($controller): void {
    [$status, $body] = $controller->store($input);
});

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$server->start($n);
