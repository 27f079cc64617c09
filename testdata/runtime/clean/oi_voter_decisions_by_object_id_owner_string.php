<?php

declare(strict_types=1);

// A long-lived access checker memoises each decision under the subject's
// object id. It keeps the owner the decision was made for (asked through
// an interface the subject may implement), not the subject: the subject
// is freed after the request, its id is reused by the next one, and the
// memo stays the size of one request's subjects.

interface Owned
{
    public function ownerId(): string;
}

final class Invoice implements Owned
{
    public function __construct(public readonly int $id, public readonly string $owner, public readonly string $notes)
    {
    }

    public function ownerId(): string
    {
        return $this->owner;
    }
}

final class AccessChecker
{
    /** @var array<int, array{owner: string, granted: bool}> */
    private array $decisions = [];

    public function canView(string $user, object $subject): bool
    {
        $id = spl_object_id($subject);
        $owner = $subject instanceof Owned ? $subject->ownerId() : '';
        if (isset($this->decisions[$id]) && $this->decisions[$id]['owner'] === $owner) {
            return $this->decisions[$id]['granted'];
        }
        $granted = $owner === $user;
        $this->decisions[$id] = ['owner' => $owner, 'granted' => $granted];

        return $granted;
    }
}

$checker = new AccessChecker();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $invoice = new Invoice(5000 + $i, 'user-' . ($i % 7), str_repeat('line item; ', 40));
    $checker->canView('user-3', $invoice);
}
