<?php
// A RoadRunner-style worker validates signup requests with a SignupForm that builds its field rules as static closures receiving the form in the constructor.

final class PsrRequest
{
    public function __construct(public string $uri, public array $parsedBody) {}
}

final class FakeWorker
{
    private int $served = 0;
    public array $lastResponse = [];

    public function __construct(private int $limit) {}

    public function waitRequest(): ?PsrRequest
    {
        if ($this->served >= $this->limit) {
            return null;
        }
        $i = $this->served++;
        return new PsrRequest('/signup', [
            'email' => "new.user{$i}@example.com",
            'name' => str_repeat('Jane Q. Customer ', 8) . $i,
            'password' => bin2hex(random_bytes(24)),
            'bio' => str_repeat("I like long walks and short queues {$i}. ", 6),
        ]);
    }

    public function respond(int $status, array $body): void { $this->lastResponse = [$status, $body]; }
}

abstract class Form
{
    /** @var array<string, Closure> */
    protected array $rules = [];
    protected array $errors = [];

    public function __construct(protected array $data) {}

    public function isValid(): bool
    {
        foreach ($this->rules as $field => $rule) {
            if (($message = $rule($this->data[$field] ?? null, $this)) !== null) {
                $this->errors[$field] = $message;
            }
        }
        return $this->errors === [];
    }

    public function errors(): array { return $this->errors; }
}

final class SignupForm extends Form
{
    public function __construct(array $data, private array $blockedDomains)
    {
        parent::__construct($data);
        $this->rules = [
            'email' => static fn ($v, self $form) => $form->checkEmail((string) $v),
            'name' => static fn ($v) => strlen((string) $v) > 2 ? null : 'Name is too short',
            'password' => static fn ($v) => strlen((string) $v) >= 12 ? null : 'Password must have 12 characters',
        ];
    }

    private function checkEmail(string $email): ?string
    {
        if (!filter_var($email, FILTER_VALIDATE_EMAIL)) {
            return 'Invalid email';
        }
        $domain = substr(strrchr($email, '@'), 1);
        return in_array($domain, $this->blockedDomains, true) ? 'Domain not allowed' : null;
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$worker = new FakeWorker($n);
$blocked = ['mailinator.com', 'trashmail.de'];
while ($req = $worker->waitRequest()) {
    $form = new SignupForm($req->parsedBody, $blocked);
    if (!$form->isValid()) {
        $worker->respond(422, $form->errors());
        continue;
    }
    $worker->respond(201, ['email' => $req->parsedBody['email']]);
}
