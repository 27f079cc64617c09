<?php

namespace App\Security;

use Symfony\Component\Security\Core\Authentication\Token\TokenInterface;
use Symfony\Component\Security\Core\Authorization\AccessDecisionManagerInterface;

/**
 * Decorates the access decision manager: an export checks the same
 * (attribute, subject) pairs several times for the same token (listing,
 * per-row, download link), so decisions are remembered per token.
 */
final class MemoizingDecisionManager implements AccessDecisionManagerInterface
{
    private \SplObjectStorage $decisions;

    public function __construct(private AccessDecisionManagerInterface $inner)
    {
        $this->decisions = new \SplObjectStorage();
    }

    public function decide(TokenInterface $token, array $attributes, mixed $object = null): bool
    {
        $key = $this->decisionKey($attributes, $object);
        $known = $this->decisions[$token] ?? [];
        if (array_key_exists($key, $known)) {
            return $known[$key];
        }

        $known[$key] = $this->inner->decide($token, $attributes, $object);
        $this->decisions[$token] = $known; // leak

        return $known[$key];
    }

    private function decisionKey(array $attributes, mixed $object): string
    {
        $subject = is_array($object) ? ($object['type'] ?? 'array') . '#' . ($object['id'] ?? '') : get_debug_type($object);

        return implode(',', $attributes) . '@' . $subject;
    }
}
