<?php

namespace App\Security;

use Symfony\Component\Security\Core\Authentication\Token\TokenInterface;
use Symfony\Component\Security\Core\Authorization\VoterInterface;

final class InvoiceVoter implements VoterInterface
{
    public const EXPORT = 'INVOICE_EXPORT';

    public function vote(TokenInterface $token, mixed $subject, array $attributes): int
    {
        if (!in_array(self::EXPORT, $attributes, true) || !is_array($subject)) {
            return self::ACCESS_ABSTAIN;
        }
        if ($subject['tenant'] !== $token->getAttribute('tenant')) {
            return self::ACCESS_DENIED;
        }
        $roles = $token->getRoleNames();

        return in_array('ROLE_FINANCE_ADMIN', $roles, true) || in_array('ROLE_ACCOUNTANT', $roles, true)
            ? self::ACCESS_GRANTED
            : self::ACCESS_DENIED;
    }
}
