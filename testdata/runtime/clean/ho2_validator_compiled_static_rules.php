<?php
// A JSON API validates each incoming payload with a validator that compiles its rule strings into callable checks.

declare(strict_types=1);

namespace Api\Validation;

final class Translator
{
    /** @param array<string, string> $catalogue */
    public function __construct(private array $catalogue)
    {
    }

    public function trans(string $key, array $params = []): string
    {
        return strtr($this->catalogue[$key] ?? $key, $params);
    }
}

final class Violation
{
    public function __construct(
        public readonly string $field,
        public readonly string $message,
    ) {
    }
}

final class Validator
{
    /** @var array<string, list<\Closure(mixed): ?string>> */
    private array $checks = [];

    /** @var list<Violation> */
    private array $violations = [];

    /** @param array<string, string> $rules e.g. ['email' => 'required|email|max:120'] */
    public function __construct(array $rules, private Translator $translator, private string $locale = 'en')
    {
        foreach ($rules as $field => $spec) {
            foreach (explode('|', $spec) as $rule) {
                $this->checks[$field][] = $this->compile($field, $rule);
            }
        }
    }

    /** @param array<string, mixed> $data */
    public function validate(array $data): bool
    {
        $this->violations = [];
        foreach ($this->checks as $field => $checks) {
            foreach ($checks as $check) {
                $message = $check($data[$field] ?? null);
                if ($message !== null) {
                    $this->violations[] = new Violation($field, $message);
                    break;
                }
            }
        }

        return $this->violations === [];
    }

    /** @return list<Violation> */
    public function getViolations(): array
    {
        return $this->violations;
    }

    private function compile(string $field, string $rule): \Closure
    {
        [$name, $arg] = array_pad(explode(':', $rule, 2), 2, null);
        $translator = $this->translator;

        return static function (mixed $value) use ($field, $name, $arg, $translator): ?string {
            $ok = match ($name) {
                'required' => $value !== null && $value !== '',
                'email' => $value === null || filter_var($value, FILTER_VALIDATE_EMAIL) !== false,
                'max' => $value === null || \strlen((string) $value) <= (int) $arg,
                'int' => $value === null || filter_var($value, FILTER_VALIDATE_INT) !== false,
                default => throw new \LogicException("Unknown rule {$name}"),
            };

            return $ok ? null : $translator->trans("validation.{$name}", [':field' => $field, ':arg' => (string) $arg]);
        };
    }
}

final class CreateCustomerAction
{
    private const RULES = [
        'name' => 'required|max:80',
        'email' => 'required|email|max:120',
        'age' => 'int',
    ];

    public function __construct(private Translator $translator)
    {
    }

    /** @param array<string, mixed> $payload */
    public function __invoke(array $payload): array
    {
        $validator = new Validator(self::RULES, $this->translator);
        if (!$validator->validate($payload)) {
            return ['status' => 422, 'errors' => array_map(static fn (Violation $v) => [$v->field => $v->message], $validator->getViolations())];
        }

        return ['status' => 201, 'id' => crc32($payload['email'])];
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$action = new CreateCustomerAction(new Translator([
    'validation.required' => 'The :field field is required.',
    'validation.email' => 'The :field must be a valid email address.',
    'validation.max' => 'The :field may not be greater than :arg characters.',
    'validation.int' => 'The :field must be an integer.',
]));
for ($i = 0; $i < $n; $i++) {
    $response = $action(['name' => "Customer {$i}", 'email' => "c{$i}@shop.example", 'age' => (string) (20 + $i % 50)]);
}
