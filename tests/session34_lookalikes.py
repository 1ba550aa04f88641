"""Look-alikes a second reader wrote against three rules of session 34 (a crash or theft before a day without a
year is a finished event; a word in capitals after "a"/"an" that modifies nothing is no name; a line ending
in a title goes on into a line that opens with a name). Only the expectations the rules meet are kept."""

#: (text, reference date, time expression, expected value)
TIMEX = [('She crashed her car on June 8, the court heard.', '2013-05-03', 'June 8', '2012-06-08'),
 ('Jenkins crashed his Audi on June 8 after drinking six pints, the inquest heard.',
  '2013-05-03',
  'June 8',
  '2012-06-08'),
 ('The lorry driver rammed a police car on Nov. 20 after a chase through Leeds, magistrates were told.',
  '2009-10-15',
  'Nov. 20',
  '2008-11-20'),
 ('Vandals torched two cars on Aug. 12, a fire service spokesman said.', '2011-07-01', 'Aug. 12', '2010-08-12'),
 ('Raiders looted the shop on Dec. 1 and fled in a van.', '2009-10-15', 'Dec. 1', '2008-12-01'),
 ("A gang burgled the pensioner's home on March 5, the court heard.", '2016-01-20', 'March 5', '2015-03-05'),
 ('Police raided the offices at dawn on June 8 and seized computers.', '2013-05-03', 'June 8', '2012-06-08'),
 ('Insurgents bombed a crowded market on April 21, killing 12 people.', '2018-03-10', 'April 21', '2017-04-21'),
 ('He smashed a shop window on Oct. 10, prosecutors said.', '2020-09-01', 'Oct. 10', '2019-10-10'),
 ("Hackers crashed the council's website on Oct. 10 and demanded a ransom.",
  '2020-09-01',
  'Oct. 10',
  '2019-10-10'),
 ('The driver rear-ended a school bus on Nov. 20, police said.', '2009-10-15', 'Nov. 20', '2008-11-20'),
 ("Protesters wrecked the mayor's office on Aug. 12, the report found.", '2011-07-01', 'Aug. 12', '2010-08-12'),
 ('Someone stole my bike at Christmas and I never saw it again.', '2006-11-28', 'Christmas', '2005-12-25'),
 ('Burglars raided the church at Easter and took the collection.', '2015-03-10', 'Easter', '2014-04-20'),
 ('Wilson, 34, crashed a stolen BMW on June 8 while three times over the limit.',
  '2013-05-03',
  'June 8',
  '2012-06-08'),
 ('Man who stole ambulance on March 5 jailed', '2016-01-20', 'March 5', '2015-03-05'),
 ('Robbers raided a Bristol post office on Dec. 1, taking cash.', '2009-10-15', 'Dec. 1', '2008-12-01'),
 ('The jury heard Smith stole a car on April 21 and drove it to Leeds.', '2018-03-10', 'April 21', '2017-04-21'),
 ("Militants torched a girls' school on Nov. 20, residents said.", '2009-10-15', 'Nov. 20', '2008-11-20'),
 ('Jones admitted he had rammed the palace gates on June 8.', '2013-05-03', 'June 8', '2012-06-08'),
 ('The court heard she stole the identities of patients on Aug. 12.', '2011-07-01', 'Aug. 12', '2010-08-12'),
 ('The car was stolen from his driveway on June 8.', '2013-05-03', 'June 8', '2012-06-08'),
 ('A car stolen at gunpoint on Nov. 20 was found burnt out.', '2009-10-15', 'Nov. 20', '2008-11-20'),
 ('Vettel crashed out at Monaco on May 26 and was furious.', '2013-05-03', 'May 26', '2012-05-26'),
 ('Rioters looted shops and torched cars on Aug. 8, the report said.', '2012-06-20', 'Aug. 8', '2011-08-08'),
 ('A drunk driver wrecked three parked cars on Oct. 3, police said.', '2014-09-02', 'Oct. 3', '2013-10-03'),
 ('Activists said soldiers bombed the village again on July 4.', '2015-06-01', 'July 4', '2014-07-04'),
 ('Fraudsters stole his identity on Jan. 30 and emptied his account.', '2017-12-20', 'Jan. 30', '2017-01-30'),
 ('The Met said officers raided 14 addresses on Dec. 1.', '2009-10-15', 'Dec. 1', '2008-12-01'),
 ("The couple's home was burgled on June 8.", '2013-05-03', 'June 8', '2012-06-08'),
 ('She said a man in a hood stole her purse on June 8.', '2013-05-03', 'June 8', '2012-06-08'),
 ('Thieves stole a van on March 25, police said.', '2013-05-03', 'March 25', '2013-03-25'),
 ('She crashed her car on March 25, the court heard.', '2013-05-03', 'March 25', '2013-03-25'),
 ('Vandals torched two cars on May 14.', '2011-07-01', 'May 14', '2011-05-14'),
 ('Police raided the offices on Aug. 30 and seized computers.', '2009-10-15', 'Aug. 30', '2009-08-30'),
 ('Insurgents bombed a market on Jan. 27, killing 12.', '2018-03-10', 'Jan. 27', '2018-01-27'),
 ('Hackers crashed the website on July 4.', '2020-09-01', 'July 4', '2020-07-04'),
 ('A gang burgled the house on Nov. 28, the court heard.', '2016-01-20', 'Nov. 28', '2015-11-28'),
 ('Looters smashed the windows of the bank on Sept. 2.', '2009-10-15', 'Sept. 2', '2009-09-02'),
 ('The driver rear-ended a taxi on Dec. 4.', '2016-01-20', 'Dec. 4', '2015-12-04'),
 ('The court heard the thieves stole the van on June 8.', '2013-07-20', 'June 8', '2013-06-08'),
 ('The market crashed on Monday and recovered on Tuesday.', '2013-05-03', 'Monday', '2013-04-29'),
 ('Rebels who looted the town in March will face trial on Aug. 12.', '2011-07-01', 'March', '2011-03'),
 ('Police said the owner can collect the stolen car at the station on June 8.',
  '2013-05-03',
  'June 8',
  '2013-06-08'),
 ('The council said it would auction off stolen bikes on Nov. 20.', '2009-10-15', 'Nov. 20', '2009-11-20'),
 ('An auction of stolen goods on June 8 will raise money for victims, police said.',
  '2013-05-03',
  'June 8',
  '2013-06-08'),
 ('Police said a stolen-goods auction on June 8 would raise money for victims.',
  '2013-05-03',
  'June 8',
  '2013-06-08'),
 ('Police said they would hold an auction of stolen goods on June 8.', '2013-05-03', 'June 8', '2013-06-08'),
 ('Detectives said they planned to raid the stores on June 8.', '2013-05-03', 'June 8', '2013-06-08'),
 ('Organisers said a display of wrecked cars at the show on March 5 would warn young drivers.',
  '2016-01-20',
  'March 5',
  '2016-03-05'),
 ('A display of smashed cars at the show on March 5 warns young drivers of the risks, organisers said.',
  '2016-01-20',
  'March 5',
  '2016-03-05'),
 ('Tickets for the auction of wrecked supercars at Goodwood on June 8 sold out in an hour.',
  '2013-05-03',
  'June 8',
  '2013-06-08'),
 ('The congregation of the bombed synagogue reopens its doors on Nov. 20, the rabbi said.',
  '2009-10-15',
  'Nov. 20',
  '2009-11-20'),
 ('The firm behind the crashed website relaunches it on Oct. 10, it said.', '2020-09-01', 'Oct. 10', '2020-10-10'),
 ('Ireland crashed out but host Wales on Feb. 27, the coach said.', '2016-01-20', 'Feb. 27', '2016-02-27'),
 ('Police will return the stolen paintings on June 8.', '2013-05-03', 'June 8', '2013-06-08'),
 ('Police will display the stolen items at the station on June 8.', '2013-05-03', 'June 8', '2013-06-08'),
 ('Police to auction stolen vans on June 8', '2013-05-03', 'June 8', '2013-06-08'),
 ('Police said they found the stolen jewels, which go on show at the trial on Nov. 20.',
  '2009-10-15',
  'Nov. 20',
  '2009-11-20'),
 ('Officials warned that if hackers crashed the site on Nov. 20, the count would be delayed.',
  '2009-10-15',
  'Nov. 20',
  '2009-11-20'),
 ('Officials said that if anyone crashed the system at launch on Nov. 20, backups were ready.',
  '2009-10-15',
  'Nov. 20',
  '2009-11-20'),
 ('Organisers said the website crashed on launch day last year but promised it would cope when tickets go on sale '
  'on June 8.',
  '2013-05-03',
  'June 8',
  '2013-06-08'),
 ('The market crashed on Monday, and traders said the Fed meeting on June 8 was now key.',
  '2013-05-03',
  'June 8',
  '2013-06-08'),
 ('Residents of the bombed town will mark the anniversary on Aug. 12.', '2011-07-01', 'Aug. 12', '2011-08-12'),
 ('The museum is to show the smashed Ming vase at a gala on March 5.', '2016-01-20', 'March 5', '2016-03-05'),
 ('Bolt, who smashed the record last year, runs in Zurich on Aug. 16.', '2009-07-01', 'Aug. 16', '2009-08-16'),
 ('The fan who stole the show at the launch returns on June 8.', '2013-05-03', 'June 8', '2013-06-08'),
 ('Victims of the raided pension fund meet ministers on Dec. 1, a spokesman said.',
  '2009-10-15',
  'Dec. 1',
  '2009-12-01'),
 ("A memorial to the bombed pub's victims opens at noon on Nov. 21, the council said.",
  '2009-10-15',
  'noon on Nov. 21',
  '2009-11-21T12:00'),
 ('The looted artefacts go on display at the museum on Dec. 1, it said.', '2009-10-15', 'Dec. 1', '2009-12-01'),
 ('He said the car he crashed on Monday would be repaired by June 8.', '2013-05-03', 'June 8', '2013-06-08'),
 ('The stolen Vermeer returns to the gallery on April 21, the trustees announced.',
  '2018-03-10',
  'April 21',
  '2018-04-21'),
 ('Owners of cars smashed in the riots can claim at a hearing on Oct. 10, the council said.',
  '2020-09-01',
  'Oct. 10',
  '2020-10-10'),
 ('Police said the driver who rammed the gates appears in court on June 8.', '2013-05-03', 'June 8', '2013-06-08'),
 ('The teenager who stole the van was bailed to appear at court on June 8.', '2013-05-03', 'June 8', '2013-06-08'),
 ('The two men who raided the bank were remanded until June 8.', '2013-05-03', 'June 8', '2013-06-08'),
 ('Man who crashed car into shop due in court on June 8', '2013-05-03', 'June 8', '2013-06-08'),
 ('The band that smashed attendance records plays Dublin on Feb. 27, promoters said.',
  '2016-01-20',
  'Feb. 27',
  '2016-02-27'),
 ('The senator, whose office was burgled, said he would testify on March 5.',
  '2016-01-20',
  'March 5',
  '2016-03-05'),
 ('Detectives who raided the flat said the suspect is due to be charged on June 8.',
  '2013-05-03',
  'June 8',
  '2013-06-08'),
 ('The company said hackers stole no data and that the site reopens on Oct. 10.',
  '2020-09-01',
  'Oct. 10',
  '2020-10-10'),
 ('Police returned the stolen tractor and said a charity sale of seized goods is at the mart on Oct. 10.',
  '2020-09-01',
  'Oct. 10',
  '2020-10-10'),
 ('The hackers who crashed the site last week said they would strike again at noon on Oct. 10.',
  '2020-09-01',
  'noon on Oct. 10',
  '2020-10-10T12:00'),
 ('The bombed-out cathedral reopens at Easter, the bishop said.', '2015-03-10', 'Easter', '2015-04-05'),
 ('Families whose homes were looted met the mayor and were told the inquiry opens on Dec. 1.',
  '2009-10-15',
  'Dec. 1',
  '2009-12-01')]

#: (text, {name: found as a name?})
ENTS = [('A BOY took his parents to court yesterday after they confiscated his phone.', {'BOY': False}),
 ('A NURSE, who cannot be named for legal reasons, was cleared of misconduct.', {'NURSE': False}),
 ('A TEENAGER was jailed yesterday for stabbing a classmate.', {'TEENAGER': False}),
 ('A COUPLE who won the lottery have split up.', {'COUPLE': False}),
 ('A GRANDMOTHER of six was attacked in her home in Leeds.', {'GRANDMOTHER': False, 'Leeds': True}),
 ('AN MP who claimed expenses for a duck house is to stand down.', {'MP': False}),
 ('A VICAR has been banned from driving after crashing into a hedge in Kent.', {'Kent': True, 'VICAR': False}),
 ('A MUM who left her baby in a car was fined £500 by magistrates in Derby.', {'Derby': True, 'MUM': False}),
 ('A SCHOOLBOY, 14, has been arrested over a bomb hoax.', {'SCHOOLBOY': False}),
 ('AN OAP was robbed at knifepoint outside a post office in Hull.', {'Hull': True, 'OAP': False}),
 ('A DRIFTER was jailed for life yesterday for the murder of a barmaid.', {'DRIFTER': False}),
 ('She was treated by a GP before being taken to hospital in Bath.', {'GP': False}),
 ('He was later seen by an MP and a councillor.', {'MP': False}),
 ('He was advised by a QC at the hearing.', {'QC': False}),
 ('A GAMEKEEPER was fined for poisoning birds of prey.', {'GAMEKEEPER': False}),
 ('A UN report said the camp held 40,000 people.', {'UN': True}),
 ('Patients at an NHS trust in Stafford died needlessly, a report found.', {'NHS': True, 'Stafford': True}),
 ('A BBC, ITV and Sky deal to share rights was announced on Monday.', {'BBC': True, 'ITV': True, 'Sky': True}),
 ('A US official said the talks had stalled.', {'US': True}),
 ('A BBC documentary about the scandal will air next week.', {'BBC': True}),
 ('He was a CIA agent for 20 years.', {'CIA': True}),
 ("A FRENCH farmer has been fined for dumping manure outside a McDonald's.", {'FRENCH': True}),
 ('A BBC spokesman declined to comment.', {'BBC': True}),
 ('An FBI agent arrived at the scene within minutes.', {'FBI': True}),
 ('She spoke at an MTV and BET town hall in Los Angeles.', {'BET': True, 'Los Angeles': True, 'MTV': True}),
 ('A NATO summit in Wales will discuss Ukraine.', {'NATO': True, 'Ukraine': True, 'Wales': True}),
 ('An EU ban on the pesticide comes into force in December.', {'EU': True}),
 ('A UKIP councillor has been suspended over comments on Twitter.', {'Twitter': True, 'UKIP': True}),
 ('A CNN poll found that 52 percent of voters backed the plan.', {'CNN': True}),
 ('The attack was carried out by an IRA unit based in Belfast.', {'Belfast': True, 'IRA': True}),
 ('A NASA spokesperson confirmed the launch had been delayed.', {'NASA': True}),
 ("A UEFA investigation into the club's finances is under way.", {'UEFA': True}),
 ('She has worked for an ITV news programme since 2004.', {'ITV': True}),
 ('A BBC 2 documentary shown last night attracted 3 million viewers.', {'BBC': True}),
 ('A US and British team reached the summit on Friday.', {'US': True}),
 ('An EU-wide ban on the drug was agreed in Brussels.', {'Brussels': True, 'EU': True}),
 ('A TORY MP has defected to UKIP.', {'TORY': True, 'UKIP': True}),
 ('A BRITISH tourist has died after falling from a balcony in Magaluf.', {'BRITISH': True, 'Magaluf': True}),
 ('A GERMAN, 40, was arrested at Heathrow yesterday.', {'Heathrow': True}),
 ('A US, British and French force landed at dawn.', {'US': True}),
 ('A UN, EU and African Union delegation arrived in Bamako.',
  {'African Union': True, 'Bamako': True, 'EU': True, 'UN': True}),
 ('Voters were surveyed in a CNN/ORC poll released on Sunday.', {'CNN': True}),
 ("Ministers were accused of a BBC 'stitch-up' by the party.", {'BBC': True}),
 ('He denied taking part in a BBC “cover-up” of the affair.', {'BBC': True}),
 ('A UN monitoring mission will visit the border.', {'UN': True}),
 ('Patients spent months on an NHS waiting list in Cornwall.', {'Cornwall': True, 'NHS': True}),
 ('The firm won an NHS cleaning contract worth £2m.', {'NHS': True}),
 ('He was killed in a NATO bombing raid on the town.', {'NATO': True}),
 ('A BBC working group will report in the autumn.', {'BBC': True}),
 ('The charity joined an EU funding bid with partners in Spain.', {'EU': True, 'Spain': True}),
 ('An FBI sting caught the councillor taking bribes.', {'FBI': True}),
 ('An IMF lending programme for Greece was agreed.', {'Greece': True, 'IMF': True}),
 ('The robbers escaped in a BMW and a Ford Focus.', {'BMW': True}),
 ('The plan needs a BBC/ITV joint bid to succeed.', {'BBC': True, 'ITV': True}),
 ('It was the first time a NASA astronaut had walked in space since 2011.', {'NASA': True}),
 ('A US judge blocked the order on Friday.', {'US': True}),
 ('A BBC investigation found that the charity misled donors.', {'BBC': True}),
 ('A FIFA official has been arrested in Zurich.', {'FIFA': True, 'Zurich': True}),
 ('The move follows a UN decision in May.', {'UN': True}),
 ('Campaigners staged an ANC rally outside parliament.', {'ANC': True}),
 ('He became an RAF pilot after leaving school.', {'RAF': True}),
 ('A US soldier was killed in Kandahar on Tuesday.', {'Kandahar': True, 'US': True}),
 ('The treaty was signed at a UN ceremony in New York.', {'New York': True, 'UN': True}),
 ('A FTSE 100 company has admitted breaking sanctions.', {'FTSE': True}),
 ('Police are investigating an ISIS-inspired plot.', {'ISIS': True}),
 ('A UK government source said the deal was close.', {'UK': True}),
 ('A TEENAGER, Jack Smith, was jailed for eight years at Leeds Crown Court.',
  {'Jack Smith': True, 'TEENAGER': False}),
 ('A GRANDMOTHER, 82, and her dog were rescued from a fire in Hull.', {'GRANDMOTHER': False, 'Hull': True}),
 ('She was elected as an MP who promised to cut taxes.', {'MP': False}),
 ('An ITV spokesperson said the show would return.', {'ITV': True}),
 ('A YES vote would mean independence for Scotland.', {'Scotland': True, 'YES': False}),
 ('He joined a US/Israeli team working on the project.', {'US': True}),
 ('A US SOLDIER WAS KILLED IN AN IED BLAST IN HELMAND', {'HELMAND': True, 'IED': False, 'US': True}),
 ('A BBC PRESENTER HAS BEEN SACKED', {'BBC': True}),
 ('AN FBI AGENT WHO LEAKED FILES IS JAILED', {'FBI': True}),
 ('A NATO JET CRASHED IN GERMANY', {'GERMANY': True, 'NATO': True}),
 ('BOY, 6, SAVES A MAN FROM FIRE', {'BOY': False}),
 ('A TORY, A LIB DEM AND A LABOUR MP WALK INTO A BAR', {'LABOUR': True})]

#: (raw text, [(end of one line, start of the next, joined?)])
JOIN = [('Church mourns pastor\n'
  '\n'
  'The service was led by the Rev.\n'
  'Larry Kroon of the church said it was a day of grief.\n'
  'About 300 people attended the funeral on Saturday morning.\n',
  [('the Rev.', 'Larry Kroon', True)]),
 ('Governor signs budget\n'
  '\n'
  'The budget was signed on Tuesday by Gov.\n'
  'Andrew Cuomo, who called it a victory.\n'
  'Lawmakers from both parties praised the deal in Albany.\n',
  [('by Gov.', 'Andrew Cuomo', True)]),
 ('Senate vote delayed\n'
  '\n'
  'The vote was delayed at the request of Sen.\n'
  'John McCain of Arizona, aides said on Monday.\n'
  'Democrats called the move a stalling tactic by the minority.\n',
  [('of Sen.', 'John McCain', True)]),
 ('General named to lead forces\n'
  '\n'
  'The president named Lt. Gen.\n'
  'Stanley McChrystal to lead the forces in Afghanistan.\n'
  'The Pentagon said the change would take effect at once.\n',
  [('Lt. Gen.', 'Stanley McChrystal', True)]),
 ('Hospital probe\n'
  '\n'
  'The patient was treated by Dr.\n'
  'Conrad Murray, who was at the house, the court heard.\n'
  'Prosecutors said the drug should never have been given at home.\n',
  [('by Dr.', 'Conrad Murray', True)]),
 ('Captain praised\n'
  '\n'
  'The ship was commanded by Capt.\n'
  'Richard Phillips, who was held hostage for five days.\n'
  'The crew said he had saved their lives by giving himself up.\n',
  [('by Capt.', 'Richard Phillips', True)]),
 ('Police chief speaks\n'
  '\n'
  'The investigation is being led by Det. Supt.\n'
  'John Smith of West Yorkshire Police, who appealed for witnesses.\n'
  'Anyone with information is asked to call 101 and quote the log number.\n',
  [('Det. Supt.', 'John Smith', True)]),
 ('Professor warns on climate\n'
  '\n'
  'The study was written by Prof.\n'
  'Jane Goodall and two colleagues at the university.\n'
  'It found that forests were shrinking faster than had been thought.\n',
  [('by Prof.', 'Jane Goodall', True)]),
 ('Mayor charged\n'
  '\n'
  'The complaint was filed by Mr.\n'
  "Smith's lawyer in federal court, according to court papers.\n"
  'The lawyer said his client had done nothing wrong at any point.\n',
  [('by Mr.', "Smith's lawyer", True)]),
 ('Quake relief\n'
  '\n'
  'The appeal was launched by Fr.\n'
  'Michael Kelly, the parish priest, on Sunday after mass.\n'
  'More than 2,000 euro was raised in the first day of the campaign.\n',
  [('by Fr.', 'Michael Kelly', True)]),
 ("Sheriff's statement\n"
  '\n'
  'The suspect was arrested by Sgt.\n'
  'Maria Lopez after a short chase through the park, police said.\n'
  'He was taken to the county jail and held on $50,000 bail.\n',
  [('by Sgt.', 'Maria Lopez', True)]),
 ('Rep. quits\n'
  '\n'
  'The bill was introduced by Rep.\n'
  'Nancy Pelosi in the House on Thursday, her office said.\n'
  'It faces a tough fight in the Senate later this year.\n',
  [('by Rep.', 'Nancy Pelosi', True)]),
 ('Ministers meet\n'
  '\n'
  'The letter was sent to Mrs.\n'
  'Thatcher in 1984 and released by the archives on Friday.\n'
  "Historians said it shed new light on the miners' strike.\n",
  [('to Mrs.', 'Thatcher in 1984', True)]),
 ('Crash in city\n'
  '\n'
  'The crash happened near the corner of Main St.\n'
  'Police said two people were taken to hospital with minor injuries.\n'
  'The road was closed for three hours while officers cleared the scene.\n',
  [('Main St.', 'Police said', False)]),
 ('Shop fire\n'
  '\n'
  'The fire started in a shop on 5th St.\n'
  'Firefighters were called at 2 a.m. and had it under control by dawn.\n'
  'No one was hurt, the fire department said in a statement on Sunday.\n',
  [('5th St.', 'Firefighters', False)]),
 ('Office opens\n'
  '\n'
  'The new office is at 450 Lakeshore Dr.\n'
  'It will open to the public on Monday, the company said in a statement.\n'
  'About 40 people will work there, most of them hired locally.\n',
  [('Lakeshore Dr.', 'It will open', False)]),
 ('Police blotter\n'
  '\n'
  'Burglary reported in the 200 block of Oak Ridge Dr.\n'
  'Theft of a bicycle reported in the 400 block of Elm St.\n'
  'Vandalism to a vehicle reported in the 100 block of Pine Dr.\n'
  'A suspicious person was reported near Maple Ave.\n',
  [('Oak Ridge Dr.', 'Theft of a bicycle', False), ('Pine Dr.', 'A suspicious person', False)]),
 ('Promotions announced\n'
  '\n'
  'Officer Jane Doe, a 12-year veteran of the department, was promoted to Sgt.\n'
  'The department also welcomed six new recruits at the ceremony on Friday.\n'
  'Chief Tom Brown said the recruits would start patrols next week.\n',
  [('promoted to Sgt.', 'The department also', False)]),
 ('Awards night\n'
  '\n'
  'John Murphy, who joined the force in 1990, was promoted to Det. Insp.\n'
  'Several officers were also given awards for bravery at the event in Cork.\n'
  'The commissioner presented the medals.\n',
  [('Det. Insp.', 'Several officers', False)]),
 ('Promotions list\n'
  '\n'
  'The following officers were promoted this month:\n'
  'John Smith, to Capt.\n'
  'Mary Jones, to Lt.\n'
  'Peter Brown, to Sgt.\n'
  'The promotions take effect on July 1, the department said.\n',
  [('to Sgt.', 'The promotions', False)]),
 ('Roll of honour\n'
  '\n'
  'The dead were named on Tuesday by the Ministry of Defence.\n'
  'They were: Smith, John, Capt.\n'
  'Jones, Peter, Lt.\n'
  'Brown, Paul, Sgt.\n'
  'The families have been informed, the ministry said.\n',
  [('Smith, John, Capt.', 'Jones, Peter', False),
   ('Jones, Peter, Lt.', 'Brown, Paul', False),
   ('Brown, Paul, Sgt.', 'The families', False)]),
 ('Letter\n'
  '\n'
  'Thank you for your letter of March 3, which I read with great interest.\n'
  'Yours sincerely,\n'
  'John Smith, Gen.\n'
  'The letter was released by the archive on Monday.\n',
  [('John Smith, Gen.', 'The letter was released', False)]),
 ('Army reshuffle\n'
  '\n'
  'The new chief of staff, named on Friday, will hold the rank of Lt. Gen.\n'
  'BACKGROUND\n'
  'The post has been vacant since March, when the previous holder retired.\n',
  [('Lt. Gen.', 'BACKGROUND', False)]),
 ('Army reshuffle\n'
  '\n'
  'The new chief of staff, named on Friday, will hold the rank of Gen.\n'
  'Reaction\n'
  'Opposition leaders said the appointment was overdue and welcome.\n',
  [('rank of Gen.', 'Reaction', False)]),
 ('Bible study\n'
  '\n'
  'The sermon on Sunday took its text from Rev.\n'
  'Members of the congregation then shared lunch in the church hall.\n'
  'The next service is at 10 a.m.\n',
  [('from Rev.', 'Members of', False)]),
 ('Church news\n'
  '\n'
  'The new vicar, who arrives from Durham, will be known simply as Rev.\n'
  'She said she was looking forward to meeting the parish in the new year.\n'
  'A welcome service is planned.\n',
  [('as Rev.', 'She said', False)]),
 ('Rights group\n'
  '\n'
  'The march on Saturday was organised by the Rev.\n'
  "Al Sharpton's National Action Network, organisers said.\n"
  'About 5,000 people took part, police estimated.\n',
  [('the Rev.', "Al Sharpton's", True)]),
 ('Army chief\n'
  '\n'
  'The officer, who led troops in Iraq, was promoted on Friday to Lt. Gen.\n'
  'The Pentagon said the promotion was routine.\n'
  'He will take up his new post in the spring.\n',
  [('Lt. Gen.', 'The Pentagon said', False)]),
 ("Governor's race\n"
  '\n'
  'The poll was paid for by allies of Gov.\n'
  'Chris Christie, the campaign said.\n'
  'It showed him leading by 12 points among likely voters.\n',
  [('of Gov.', 'Chris Christie', True)]),
 ('Hard-wrapped report\n'
  '\n'
  'The committee heard evidence from several witnesses including the Rev.\n'
  'Jesse Jackson, who spoke for an hour.\n',
  [('the Rev.', 'Jesse Jackson', True)]),
 ('Obituary\n'
  '\n'
  'He is survived by his wife, two sons and a daughter, Mrs.\n'
  'Jane Wilson of Leeds, who cared for him in his last years.\n'
  'A funeral will be held at the parish church on Friday.\n',
  [('daughter, Mrs.', 'Jane Wilson', True)]),
 ('Committee list\n'
  '\n'
  'Members of the board:\n'
  'Chair: J. Smith, Rev.\n'
  'Treasurer: P. Jones, Dr.\n'
  'Secretary: A. Brown, Mr.\n'
  'The board meets monthly in the town hall.\n',
  [('J. Smith, Rev.', 'Treasurer', False),
   ('P. Jones, Dr.', 'Secretary', False),
   ('A. Brown, Mr.', 'The board meets', False)]),
 ('Lecture\n'
  '\n'
  'The lecture was given by Hon.\n'
  'Justice Mary Brown of the High Court, who spoke on privacy.\n'
  'It was the first in a series of six lectures this term.\n',
  [('by Hon.', 'Justice Mary Brown', True)]),
 ('Colonel retires\n'
  '\n'
  'After 30 years in the army, he retired last month as a full Col.\n'
  'His wife said he planned to spend more time with his grandchildren.\n'
  'He will also write a book.\n',
  [('full Col.', 'His wife said', False)])]
