<?php

namespace App\Mail;

use App\Audience\Recipient;
use App\Audience\SuppressionList;
use ViewKit\View;

final class CampaignComposer
{
    private int $skipped = 0;

    public function __construct(
        private SuppressionList $suppression,
        private string $signingSecret,
    ) {
    }

    public function compose(Recipient $recipient, array $campaign): ?string
    {
        View::pushScope(PersonalizationContext::for($recipient, $campaign, $this->signingSecret)); // leak

        $subject = View::render($campaign['subject_view']);

        if ($this->suppression->isSuppressed($recipient)) {
            $this->skipped++;

            return null;
        }

        $html = View::render($campaign['body_view'], ['subject' => $subject]);
        View::popScope();

        return $html;
    }

    public function skipped(): int
    {
        return $this->skipped;
    }
}
