<?php

namespace App\MessageHandler;

use App\Message\SendSurveyInvitation;
use App\Survey\SurveyLedger;
use App\Survey\SurveyMailer;
use Symfony\Component\Messenger\Exception\UnrecoverableMessageHandlingException;

final class SendSurveyInvitationHandler
{
    public function __construct(private readonly SurveyLedger $ledger, private readonly SurveyMailer $mailer) {}

    public function __invoke(SendSurveyInvitation $message): string
    {
        if ($this->ledger->alreadyAnswered($message->ticketId)) {
            throw new UnrecoverableMessageHandlingException("Survey for ticket {$message->ticketId} already answered");
        }
        if ($this->ledger->optedOut($message->customerEmail)) {
            throw new UnrecoverableMessageHandlingException('Customer opted out of satisfaction surveys');
        }

        return $this->mailer->sendInvitation($message);
    }
}
