<?php

namespace Symfony\Component\Security\Core\Authorization;

use Symfony\Component\Security\Core\Authentication\Token\TokenInterface;

interface VoterInterface
{
    public const ACCESS_GRANTED = 1;
    public const ACCESS_ABSTAIN = 0;
    public const ACCESS_DENIED = -1;

    public function vote(TokenInterface $token, mixed $subject, array $attributes): int;
}

interface AccessDecisionManagerInterface
{
    public function decide(TokenInterface $token, array $attributes, mixed $object = null): bool;
}

/** Affirmative strategy: one granting voter is enough. */
final class AccessDecisionManager implements AccessDecisionManagerInterface
{
    /** @param iterable<VoterInterface> $voters */
    public function __construct(private iterable $voters)
    {
    }

    public function decide(TokenInterface $token, array $attributes, mixed $object = null): bool
    {
        $deny = 0;
        foreach ($this->voters as $voter) {
            $result = $voter->vote($token, $object, $attributes);
            if ($result === VoterInterface::ACCESS_GRANTED) {
                return true;
            }
            if ($result === VoterInterface::ACCESS_DENIED) {
                ++$deny;
            }
        }

        return false;
    }
}
