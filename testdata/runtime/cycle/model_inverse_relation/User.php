<?php

final class User extends Model
{
}
