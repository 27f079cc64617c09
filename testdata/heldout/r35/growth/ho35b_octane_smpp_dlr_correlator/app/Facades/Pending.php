<?php

namespace App\Facades;

use App\Sms\PendingSubmissionRegistry;
use OctaneLite\Facade;

/**
 * @method static void remember(\App\Sms\PendingSubmission $submission)
 * @method static ?\App\Sms\PendingSubmission resolve(string $connection, string $messageId)
 */
final class Pending extends Facade
{
    protected static function getFacadeAccessor(): string
    {
        return PendingSubmissionRegistry::class;
    }
}
