<?php

namespace App;

final class Permit
{
    public function __construct(public readonly string $token, public readonly string $plate, public readonly string $zone)
    {
    }

    public static function fromToken(string $token): self
    {
        [$plate, $zone] = explode('|', base64_decode($token), 2);

        return new self($token, $plate, $zone);
    }
}

final class ActivePermits
{
    private \SplObjectStorage $active;

    public function __construct()
    {
        $this->active = new \SplObjectStorage();
    }

    public function issue(string $plate, string $zone): Permit
    {
        $permit = new Permit(base64_encode($plate . '|' . $zone), $plate, $zone);
        $this->active->attach($permit, ['issued' => time(), 'terms' => str_repeat('t', 600)]);

        return $permit;
    }

    public function checkout(Permit $permit): void
    {
        $this->active->detach($permit);
    }
}

final class PermitController
{
    public function __construct(private ActivePermits $permits)
    {
    }

    /** @param array<string, string> $query */
    public function __invoke(array $query): string
    {
        $permit = $this->permits->issue($query['plate'], $query['zone']);
        $this->permits->checkout($permit);

        return $permit->token;
    }
}
