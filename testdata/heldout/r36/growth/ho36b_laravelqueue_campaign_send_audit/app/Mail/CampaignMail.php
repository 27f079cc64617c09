<?php

namespace App\Mail;

use Illuminate\Mail\Mailable;

final class CampaignMail extends Mailable
{
    /** @param array<string, string> $merge */
    public function __construct(
        private string $campaignId,
        private string $subjectLine,
        private string $unsubscribeToken,
        private array $merge,
    ) {
    }

    public function envelopeSubject(): string
    {
        return strtr($this->subjectLine, $this->mergeTags());
    }

    public function render(): string
    {
        return strtr('<p>Hi {{first_name}},</p><p>Here is what is new in {{plan}} this month.</p><p><a href="{{unsubscribe_url}}">Unsubscribe</a></p>', $this->mergeTags());
    }

    public function headers(): array
    {
        return [
            'X-Campaign-Id' => $this->campaignId,
            'List-Unsubscribe' => '<' . $this->unsubscribeUrl() . '>, <mailto:unsub+' . $this->unsubscribeToken . '@lists.acme-mail.test>',
            'List-Unsubscribe-Post' => 'List-Unsubscribe=One-Click',
        ];
    }

    private function unsubscribeUrl(): string
    {
        return 'https://lists.acme-mail.test/u/' . $this->unsubscribeToken;
    }

    /** @return array<string, string> */
    private function mergeTags(): array
    {
        $tags = ['{{unsubscribe_url}}' => $this->unsubscribeUrl()];
        foreach ($this->merge as $key => $value) {
            $tags['{{' . $key . '}}'] = $value;
        }

        return $tags;
    }
}
