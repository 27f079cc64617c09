<?php

namespace App\Moderation;

use App\Entity\ModerationFlag;
use App\Entity\Review;

interface ModerationRule
{
    public function inspect(Review $review): ?ModerationFlag;
}

final class BlockedWordsRule implements ModerationRule
{
    public function __construct(private readonly array $words)
    {
    }

    public function inspect(Review $review): ?ModerationFlag
    {
        $text = strtolower($review->getTitle() . ' ' . $review->getBody());
        $hits = array_values(array_filter($this->words, static fn (string $w) => str_contains($text, $w)));

        return $hits === [] ? null : new ModerationFlag('blocked_words', 3, 'Contains: ' . implode(', ', $hits));
    }
}

final class ExternalLinkRule implements ModerationRule
{
    public function inspect(Review $review): ?ModerationFlag
    {
        if (!preg_match_all('~https?://\S+~', $review->getBody(), $m)) {
            return null;
        }

        return new ModerationFlag('external_link', 2, 'Links: ' . implode(' ', $m[0]));
    }
}

final class UnverifiedStayRule implements ModerationRule
{
    public function inspect(Review $review): ?ModerationFlag
    {
        return $review->getBookingRef() === null
            ? new ModerationFlag('unverified_stay', 1, sprintf('No booking found for %s at property %d', $review->getAuthorName(), $review->getPropertyId()))
            : null;
    }
}

final class RatingMismatchRule implements ModerationRule
{
    public function inspect(Review $review): ?ModerationFlag
    {
        $negative = preg_match('/\b(dirty|rude|noisy|broken|cold)\b/i', $review->getBody());

        return $review->getRating() >= 4 && $negative
            ? new ModerationFlag('rating_mismatch', 1, sprintf('%d stars but the text reads negative: "%s"', $review->getRating(), substr($review->getBody(), 0, 80)))
            : null;
    }
}
