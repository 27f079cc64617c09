<?php

namespace Symfony\Component\Messenger\Exception;

class UnrecoverableMessageHandlingException extends \RuntimeException
{
}
