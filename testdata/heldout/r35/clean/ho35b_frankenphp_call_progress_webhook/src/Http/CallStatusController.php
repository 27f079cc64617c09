<?php

namespace App\Http;

use App\Calls\ActiveCallRegistry;
use App\Calls\CallSession;
use App\Calls\CdrWriter;
use VoipCo\Webhooks\StatusCallback;

final class CallStatusController
{
    public function __construct(
        private ActiveCallRegistry $calls,
        private CdrWriter $cdr,
        private array $trunkByAccount,
    ) {
    }

    public function __invoke(array $post, float $now): int
    {
        $cb = StatusCallback::fromPost($post);
        switch ($cb->callStatus) {
            case StatusCallback::INITIATED:
                $trunk = $this->trunkByAccount[$cb->accountSid] ?? 'default';
                if ($this->calls->concurrentOn($trunk) >= 500) {
                    return 429;
                }
                $session = new CallSession($cb->callSid, $trunk, $cb->from, $cb->to, $cb->sipHeaders, $now);
                $session->mark($cb->callStatus, $now);
                $this->calls->open($session);
                return 204;

            case StatusCallback::RINGING:
            case StatusCallback::IN_PROGRESS:
                $this->calls->get($cb->callSid)?->mark($cb->callStatus, $now);
                return 204;

            case StatusCallback::COMPLETED:
                $session = $this->calls->close($cb->callSid);
                if ($session !== null) {
                    $session->mark($cb->callStatus, $now);
                    $this->cdr->write($session, 'ANSWERED', $cb->duration);
                }
                return 204;

            case StatusCallback::BUSY:
            case StatusCallback::NO_ANSWER:
            case StatusCallback::FAILED:
            case StatusCallback::CANCELED:
                $session = $this->calls->close($cb->callSid);
                if ($session !== null) {
                    $session->mark($cb->callStatus, $now);
                    $this->cdr->write($session, strtoupper(str_replace('-', '_', $cb->callStatus)), 0);
                }
                return 204;
        }
        return 400;
    }
}
