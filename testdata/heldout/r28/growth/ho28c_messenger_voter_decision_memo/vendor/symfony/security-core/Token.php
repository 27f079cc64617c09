<?php

namespace Symfony\Component\Security\Core\Authentication\Token;

interface TokenInterface
{
    public function getUserIdentifier(): string;

    /** @return list<string> */
    public function getRoleNames(): array;

    public function getAttribute(string $name): mixed;
}

class PostAuthenticationToken implements TokenInterface
{
    public function __construct(
        private string $userIdentifier,
        private string $firewallName,
        private array $roleNames,
        private array $attributes = [],
    ) {
    }

    public function getUserIdentifier(): string
    {
        return $this->userIdentifier;
    }

    public function getRoleNames(): array
    {
        return $this->roleNames;
    }

    public function getFirewallName(): string
    {
        return $this->firewallName;
    }

    public function getAttribute(string $name): mixed
    {
        return $this->attributes[$name] ?? null;
    }
}
