<?php

namespace App\Jobs;

use App\Events\ReplyDelivered;
use App\Mail\ReplyMailer;
use App\Support\TicketTimeline;
use Illuminate\Container\Container;
use Illuminate\Support\Facades\Event;

final class SendAgentReply
{
    public function __construct(
        public int $ticketId,
        public string $customerEmail,
        public string $subject,
        public string $bodyHtml,
        public string $agentName,
        public array $attachments = [],
    ) {}

    public function handle(ReplyMailer $mailer): void
    {
        Event::listen(ReplyDelivered::class, $this->auditDelivery()); // leak

        $mailer->send($this->ticketId, $this->customerEmail, "Re: [#{$this->ticketId}] {$this->subject}", $this->bodyHtml);
    }

    private function auditDelivery(): \Closure
    {
        $ticketId = $this->ticketId;
        $agent = $this->agentName;
        $preview = strip_tags($this->bodyHtml);

        return static function (ReplyDelivered $event) use ($ticketId, $agent, $preview): void {
            if ($event->ticketId !== $ticketId) {
                return;
            }
            Container::getInstance()->make(TicketTimeline::class)->append(
                $ticketId,
                'reply_delivered',
                sprintf('%s replied to %s: %s', $agent, $event->recipient, substr($preview, 0, 120)),
            );
        };
    }
}
