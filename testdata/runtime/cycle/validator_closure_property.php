<?php
// A form validator keeps its rule as a closure property that calls back into the validator.

final class SignupValidator
{
    private Closure $rule;
    private array $errors = [];

    public function __construct(private array $blockedDomains)
    {
        $this->rule = function (string $email): bool { // leak
            return !in_array(substr(strrchr($email, '@'), 1), $this->blockedDomains, true);
        };
    }

    public function validate(array $input): bool
    {
        if (!($this->rule)($input['email'])) {
            $this->errors['email'] = 'Domain not allowed: ' . $input['email'];
        }
        return $this->errors === [];
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $validator = new SignupValidator([
        'spam.example',
        str_repeat('x', 200) . ".{$i}.example",
        'mailinator.test',
    ]);
    $validator->validate(['email' => "someone{$i}@spam.example"]);
}
unset($validator);
