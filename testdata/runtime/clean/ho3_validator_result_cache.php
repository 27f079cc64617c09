<?php
// An API's validator service, shared across requests, validates each incoming signup DTO against attribute constraints and remembers the violations per object so nested validation does not run twice.

declare(strict_types=1);

namespace App\Validation;

#[\Attribute(\Attribute::TARGET_PROPERTY)]
final class NotBlank
{
    public function __construct(public string $message = 'This value should not be blank.')
    {
    }
}

#[\Attribute(\Attribute::TARGET_PROPERTY)]
final class Length
{
    public function __construct(public int $min = 0, public int $max = PHP_INT_MAX, public string $message = 'Invalid length.')
    {
    }
}

#[\Attribute(\Attribute::TARGET_PROPERTY)]
final class Email
{
    public function __construct(public string $message = 'This value is not a valid email address.')
    {
    }
}

final class Violation
{
    public function __construct(
        public readonly string $path,
        public readonly string $message,
        public readonly mixed $invalidValue,
    ) {
    }
}

final class Validator
{
    /** @var array<class-string, array<string, list<object>>> */
    private array $metadata = [];

    /** @var \WeakMap<object, list<Violation>> */
    private \WeakMap $validated;

    public function __construct()
    {
        $this->validated = new \WeakMap();
    }

    /**
     * @return list<Violation>
     */
    public function validate(object $subject): array
    {
        if (isset($this->validated[$subject])) {
            return $this->validated[$subject];
        }

        $violations = [];
        foreach ($this->constraintsFor($subject::class) as $property => $constraints) {
            $value = $subject->{$property};
            foreach ($constraints as $constraint) {
                $message = $this->check($constraint, $value);
                if ($message !== null) {
                    $violations[] = new Violation($property, $message, $value);
                }
            }
        }

        $this->validated[$subject] = $violations;
        return $violations;
    }

    /**
     * @return array<string, list<object>>
     */
    private function constraintsFor(string $class): array
    {
        if (!isset($this->metadata[$class])) {
            $map = [];
            foreach ((new \ReflectionClass($class))->getProperties() as $property) {
                foreach ($property->getAttributes() as $attribute) {
                    $map[$property->getName()][] = $attribute->newInstance();
                }
            }
            $this->metadata[$class] = $map;
        }
        return $this->metadata[$class];
    }

    private function check(object $constraint, mixed $value): ?string
    {
        return match (true) {
            $constraint instanceof NotBlank => trim((string) $value) === '' ? $constraint->message : null,
            $constraint instanceof Length => (strlen((string) $value) < $constraint->min || strlen((string) $value) > $constraint->max) ? $constraint->message : null,
            $constraint instanceof Email => filter_var($value, FILTER_VALIDATE_EMAIL) === false ? $constraint->message : null,
            default => null,
        };
    }
}

namespace App\Http;

use App\Validation\Email;
use App\Validation\Length;
use App\Validation\NotBlank;
use App\Validation\Validator;

final class SignupRequest
{
    public function __construct(
        #[NotBlank, Email]
        public readonly string $email,
        #[NotBlank, Length(min: 3, max: 32, message: 'Username must be 3 to 32 characters.')]
        public readonly string $username,
        #[Length(max: 400, message: 'About text is too long.')]
        public readonly string $about,
    ) {
    }
}

final class SignupController
{
    public function __construct(private readonly Validator $validator)
    {
    }

    /**
     * @param array<string, string> $payload
     * @return array{int, array<string, string>}
     */
    public function __invoke(array $payload): array
    {
        $dto = new SignupRequest($payload['email'] ?? '', $payload['username'] ?? '', $payload['about'] ?? '');
        $errors = [];
        foreach ($this->validator->validate($dto) as $violation) {
            $errors[$violation->path] = $violation->message;
        }
        return $errors === [] ? [201, []] : [422, $errors];
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$controller = new SignupController(new Validator());
for ($i = 0; $i < $n; $i++) {
    [$status, $errors] = $controller([
        'email' => $i % 5 === 0 ? "broken-address-{$i}" : "person{$i}@example.net",
        'username' => "member_{$i}",
        'about' => str_repeat('Backend developer who enjoys PHP. ', $i % 5 === 0 ? 3 : 12),
    ]);
}
