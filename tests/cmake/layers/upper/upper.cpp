int upper()
{
    return 2;
}
