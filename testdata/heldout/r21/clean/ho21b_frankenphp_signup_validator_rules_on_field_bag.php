<?php

declare(strict_types=1);

namespace App\Validation;

interface ValueSource
{
    public function getValue(string $field): mixed;
}

final class FieldBag implements ValueSource
{
    /** @param array<string, mixed> $fields */
    public function __construct(private readonly array $fields) {}

    public function getValue(string $field): mixed
    {
        $value = $this->fields;
        foreach (explode('.', $field) as $segment) {
            $value = is_array($value) ? ($value[$segment] ?? null) : null;
        }

        return $value;
    }
}

interface Rule
{
    public function passes(string $attribute, mixed $value, array $parameters): bool;

    public function message(string $attribute): string;
}

abstract class DependentRule implements Rule
{
    public function __construct(
        protected readonly ValueSource $source,
    ) {}
}

final class Required implements Rule
{
    public function passes(string $attribute, mixed $value, array $parameters): bool
    {
        return $value !== null && $value !== '' && $value !== [];
    }

    public function message(string $attribute): string
    {
        return "The $attribute field is required.";
    }
}

final class Confirmed extends DependentRule
{
    public function passes(string $attribute, mixed $value, array $parameters): bool
    {
        return $value === $this->source->getValue($attribute . '_confirmation');
    }

    public function message(string $attribute): string
    {
        return "The $attribute confirmation does not match.";
    }
}

final class RequiredIf extends DependentRule
{
    public function passes(string $attribute, mixed $value, array $parameters): bool
    {
        [$other, $expected] = $parameters;

        return (string) $this->source->getValue($other) !== $expected || ($value !== null && $value !== '');
    }

    public function message(string $attribute): string
    {
        return "The $attribute field is required.";
    }
}

final class Validator implements ValueSource
{
    private const RULES = ['required' => Required::class, 'confirmed' => Confirmed::class, 'required_if' => RequiredIf::class];

    /** @var array<string, Rule> */
    private array $resolved = [];

    /** @var array<string, list<string>> */
    private array $errors = [];

    /** @param array<string, string> $rules */
    public function __construct(private readonly FieldBag $data, private readonly array $rules) {}

    public function getValue(string $field): mixed
    {
        return $this->data->getValue($field);
    }

    public function fails(): bool
    {
        foreach ($this->rules as $attribute => $definition) {
            foreach (explode('|', $definition) as $rule) {
                [$name, $args] = array_pad(explode(':', $rule, 2), 2, '');
                $instance = $this->ruleInstance($name);
                if (!$instance->passes($attribute, $this->getValue($attribute), $args === '' ? [] : explode(',', $args))) {
                    $this->errors[$attribute][] = $instance->message($attribute);
                }
            }
        }

        return $this->errors !== [];
    }

    /** @return array<string, list<string>> */
    public function errors(): array
    {
        return $this->errors;
    }

    private function ruleInstance(string $name): Rule
    {
        if (!isset($this->resolved[$name])) {
            $class = self::RULES[$name];
            $this->resolved[$name] = is_subclass_of($class, DependentRule::class) ? new $class($this->data) : new $class();
        }

        return $this->resolved[$name];
    }
}

final class ValidatorFactory
{
    public function make(array $input, array $rules): Validator
    {
        return new Validator(new FieldBag($input), $rules);
    }
}

namespace App\Http;

use App\Validation\ValidatorFactory;

final class SignupController
{
    private const RULES = [
        'email' => 'required',
        'password' => 'required|confirmed',
        'company.vat_id' => 'required_if:account_type,business',
    ];

    public function __construct(private readonly ValidatorFactory $validation) {}

    /** @return array{int, array<string, mixed>} */
    public function store(array $input): array
    {
        $validator = $this->validation->make($input, self::RULES);
        if ($validator->fails()) {
            return [422, ['errors' => $validator->errors()]];
        }

        return [201, ['email' => $input['email']]];
    }
}

namespace App;

use App\Http\SignupController;
use App\Validation\ValidatorFactory;

$controller = new SignupController(new ValidatorFactory());

// Stand-in for frankenphp_handle_request(): one closure call per request, same process.
$handle = static function (array $post) use ($controller): void {
    [$status, $body] = $controller->store($post);
    unset($status, $body);
};

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $password = str_repeat(hash('sha256', "pw$i"), 2);
    $handle([
        'email' => "founder$i@startup-$i.example",
        'password' => $password,
        'password_confirmation' => $i % 7 === 0 ? 'typo' : $password,
        'account_type' => $i % 2 ? 'business' : 'personal',
        'company' => ['vat_id' => $i % 3 ? "NL{$i}B01" : '', 'name' => "Startup $i B.V."],
    ]);
}
