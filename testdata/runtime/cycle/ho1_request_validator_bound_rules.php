<?php
// An API controller validates each incoming registration payload with a fresh validator that registers the built-in and application rules into its own rule registry, binding them to itself.

final class BuiltinRules
{
    /** @return array<string, Closure> */
    public static function all(): array
    {
        return [
            'required' => function (string $field, mixed $value): bool {
                return $value !== null && $value !== '' && $value !== [];
            },
            'email' => function (string $field, mixed $value): bool {
                return $value === null || filter_var($value, FILTER_VALIDATE_EMAIL) !== false;
            },
            'confirmed' => function (string $field, mixed $value): bool {
                return $value === ($this->data[$field . '_confirmation'] ?? null);
            },
            'min' => function (string $field, mixed $value, string $min): bool {
                return is_string($value) && strlen($value) >= (int) $min;
            },
        ];
    }
}

final class RuleRegistry
{
    /** @var array<string, Closure> */
    private array $rules = [];

    public function register(string $name, Closure $rule): void
    {
        $this->rules[$name] = $rule; // leak
    }

    public function get(string $name): Closure
    {
        return $this->rules[$name] ?? throw new InvalidArgumentException("Unknown rule {$name}");
    }
}

final class Validator
{
    private RuleRegistry $registry;
    private array $errors = [];

    public function __construct(private array $data, private array $definitions, array $extensions = [])
    {
        $this->registry = new RuleRegistry();
        foreach (BuiltinRules::all() as $name => $rule) {
            $this->registry->register($name, Closure::bind($rule, $this, self::class)); // leak
        }
        foreach ($extensions as $name => $rule) {
            $this->registry->register($name, $rule->bindTo($this, self::class)); // leak
        }
    }

    public function fails(): bool
    {
        $this->errors = [];
        foreach ($this->definitions as $field => $rules) {
            foreach (explode('|', $rules) as $rule) {
                [$name, $args] = array_pad(explode(':', $rule, 2), 2, null);
                $params = $args === null ? [] : explode(',', $args);
                if (!$this->registry->get($name)($field, $this->data[$field] ?? null, ...$params)) {
                    $this->errors[$field][] = sprintf('The %s field failed the %s rule.', str_replace('_', ' ', $field), $name);
                }
            }
        }
        return $this->errors !== [];
    }

    public function errors(): array
    {
        return $this->errors;
    }
}

final class RegistrationController
{
    private const RULES = [
        'name' => 'required|min:2',
        'email' => 'required|email|unique_domain',
        'password' => 'required|min:8|confirmed',
    ];

    /** @var array<string, Closure> */
    private array $extensions;

    public function __construct(private array $blockedDomains)
    {
        $blocked = $this->blockedDomains;
        $this->extensions = [
            'unique_domain' => function (string $field, mixed $value) use ($blocked): bool {
                return !in_array(substr(strrchr((string) $value, '@') ?: '', 1), $blocked, true);
            },
        ];
    }

    public function store(array $payload): array
    {
        $validator = new Validator($payload, self::RULES, $this->extensions);
        if ($validator->fails()) {
            return ['status' => 422, 'errors' => $validator->errors()];
        }
        return ['status' => 201, 'user' => ['name' => $payload['name'], 'email' => $payload['email']]];
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$GLOBALS['controllers'] = ['register' => new RegistrationController(['mailinator.com', 'example.invalid'])];
for ($i = 0; $i < $n; $i++) {
    $GLOBALS['controllers']['register']->store([
        'name' => "User {$i}",
        'email' => $i % 5 === 0 ? "spam{$i}@mailinator.com" : "user{$i}@example.org",
        'password' => 'correct horse battery',
        'password_confirmation' => $i % 3 === 0 ? 'typo' : 'correct horse battery',
    ]);
}
