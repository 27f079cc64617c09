<?php

namespace App\Jobs;

use App\Mail\CampaignMail;
use App\Support\SentMessageLog;
use Illuminate\Container\Container;
use Illuminate\Queue\ShouldQueue;
use Illuminate\Support\Facades\Mail;

final class SendCampaignEmail implements ShouldQueue
{
    /** @param array<string, string> $merge */
    public function __construct(
        public readonly string $campaignId,
        public readonly string $subscriberEmail,
        public readonly string $subjectLine,
        public readonly string $unsubscribeToken,
        public readonly array $merge,
    ) {
    }

    public function handle(): void
    {
        Mail::to($this->subscriberEmail)->send(new CampaignMail(
            $this->campaignId,
            $this->subjectLine,
            $this->unsubscribeToken,
            $this->merge,
        ));

        $sent = Container::getInstance()->make(SentMessageLog::class)->forCampaign($this->campaignId);
        CampaignStats::bump($this->campaignId, count($sent) > 0 ? 'sent' : 'skipped');
    }
}

final class CampaignStats
{
    /** @var array<string, array<string, int>> */
    private static array $counters = [];

    /** @var list<string> */
    public static array $activeCampaigns = [];

    public static function bump(string $campaignId, string $outcome): void
    {
        if (!in_array($campaignId, self::$activeCampaigns, true)) {
            return;
        }
        self::$counters[$campaignId][$outcome] = (self::$counters[$campaignId][$outcome] ?? 0) + 1;
    }
}
