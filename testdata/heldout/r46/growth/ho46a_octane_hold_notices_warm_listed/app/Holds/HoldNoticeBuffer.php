<?php

namespace App\Holds;

/**
 * Collects the patron notices a request produces so the terminating
 * middleware can hand them to the mailer in one go.
 */
final class HoldNoticeBuffer
{
    private \SplObjectStorage $notices;

    public function __construct()
    {
        $this->notices = new \SplObjectStorage();
    }

    public function push(HoldNotice $notice, string $channel): void
    {
        $this->notices->attach($notice, ['channel' => $channel, 'queued_at' => microtime(true)]); // leak
    }

    /** @return iterable<HoldNotice, array> */
    public function pending(): iterable
    {
        foreach ($this->notices as $i => $notice) {
            yield $notice => $this->notices[$notice];
        }
    }

    public function count(): int
    {
        return $this->notices->count();
    }
}
