<?php
// A form binds its rule closures to itself with bindTo($this) and stores them in the validator it owns.

final class Validator
{
    /** @var array<string, Closure> */
    private array $rules = [];

    public function rule(string $field, Closure $check): void
    {
        $this->rules[$field] = $check; // leak
    }

    public function errors(array $data): array
    {
        $errors = [];
        foreach ($this->rules as $field => $check) {
            if (!$check($data[$field] ?? null)) {
                $errors[] = $field;
            }
        }
        return $errors;
    }
}

final class SignupForm
{
    private Validator $validator;
    public string $template;

    public function __construct(private int $minPasswordLength, private array $blockedDomains)
    {
        $this->validator = new Validator();
        $this->template = str_repeat('<div class="field"></div>', 30);
    }

    public function configure(array $rules): void
    {
        foreach ($rules as $field => $rule) {
            $this->validator->rule($field, $rule->bindTo($this, self::class)); // leak
        }
    }

    public function validate(array $data): array
    {
        return $this->validator->errors($data);
    }
}

function signupRules(): array
{
    return [
        'password' => function (?string $v): bool {
            return $v !== null && strlen($v) >= $this->minPasswordLength;
        },
        'email' => function (?string $v): bool {
            return $v !== null && !in_array(substr(strrchr($v, '@'), 1), $this->blockedDomains, true);
        },
    ];
}

function handle(int $i): array
{
    $form = new SignupForm(10, ['spam.test']);
    $form->configure(signupRules());
    return $form->validate(['email' => "user{$i}@example.test", 'password' => 'hunter2']);
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    handle($i);
}
