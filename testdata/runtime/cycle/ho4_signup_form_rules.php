<?php
// An API worker validates each signup payload with a form object that declares its field rules as small callbacks.

declare(strict_types=1);

namespace Accounts\Form;

use Closure;

final class Violation
{
    public function __construct(
        public readonly string $field,
        public readonly string $message,
    ) {
    }
}

abstract class AbstractForm
{
    /** @var array<string, list<array{Closure, string}>> */
    private array $rules = [];
    /** @var list<Violation> */
    private array $violations = [];
    protected array $data = [];

    abstract protected function configure(): void;

    final public function __construct()
    {
        $this->configure();
    }

    public static function fromPayload(array $payload): static
    {
        $form = new static();
        $form->submit($payload);

        return $form;
    }

    protected function rule(string $field, Closure $check, string $message): static
    {
        $this->rules[$field][] = [$check, $message]; // leak

        return $this;
    }

    public function submit(array $payload): void
    {
        $this->data = array_map(static fn ($v) => is_string($v) ? trim($v) : $v, $payload);
        $this->violations = [];
        foreach ($this->rules as $field => $rules) {
            foreach ($rules as [$check, $message]) {
                if (!$check($this->data[$field] ?? null)) {
                    $this->violations[] = new Violation($field, $message);
                    break;
                }
            }
        }
    }

    public function isValid(): bool
    {
        return $this->violations === [];
    }

    /** @return list<Violation> */
    public function getViolations(): array
    {
        return $this->violations;
    }

    public function get(string $field): mixed
    {
        return $this->data[$field] ?? null;
    }
}

final class SignupForm extends AbstractForm
{
    private const BLOCKED_DOMAINS = ['mailinator.com', 'trashmail.de', 'yopmail.com'];

    protected function configure(): void
    {
        $this
            ->rule('email', fn ($v) => is_string($v) && filter_var($v, FILTER_VALIDATE_EMAIL) !== false, 'Please enter a valid e-mail address.') // leak
            ->rule('email', fn ($v) => !in_array(strtolower(substr(strrchr($v, '@'), 1)), self::BLOCKED_DOMAINS, true), 'Disposable addresses are not accepted.') // leak
            ->rule('password', fn ($v) => is_string($v) && strlen($v) >= 12, 'The password must have at least 12 characters.') // leak
            ->rule('password_repeat', fn ($v) => $v === $this->get('password'), 'The passwords do not match.'); // leak
    }
}

final class SignupController
{
    private int $created = 0;
    private int $rejected = 0;

    public function __invoke(array $payload): array
    {
        $form = SignupForm::fromPayload($payload);
        if (!$form->isValid()) {
            $this->rejected++;

            return ['status' => 422, 'errors' => array_map(static fn (Violation $v) => [$v->field => $v->message], $form->getViolations())];
        }
        $this->created++;

        return ['status' => 201, 'email' => $form->get('email')];
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$controller = new SignupController();
for ($i = 0; $i < $n; $i++) {
    $password = 'correct-horse-' . $i;
    $controller([
        'email' => " signup{$i}@example.com ",
        'password' => $password,
        'password_repeat' => $i % 3 === 0 ? 'typo' : $password,
        'display_name' => 'Signup user ' . $i,
    ]);
}
