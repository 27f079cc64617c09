<?php

namespace App\Audience;

/**
 * Global suppression list (hard bounces, complaints, unsubscribes), loaded
 * once at boot from the ESP export.
 */
final class SuppressionList
{
    /** @var array<string, true> */
    private array $domains;

    public function __construct(array $blockedDomains, private array $reasons = [])
    {
        $this->domains = array_fill_keys($blockedDomains, true);
    }

    public function isSuppressed(Recipient $recipient): bool
    {
        $domain = substr($recipient->email, strrpos($recipient->email, '@') + 1);

        return isset($this->domains[$domain]) || in_array('unsubscribed', $recipient->tags, true);
    }
}
