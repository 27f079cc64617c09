<?php

declare(strict_types=1);

namespace Symfony\Component\Messenger\Exception;

class NoHandlerForMessageException extends \LogicException
{
}
